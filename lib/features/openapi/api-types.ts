// Generated from lib/features/openapi/document.ts by `npm run api:types` (openapi-typescript); do not edit.
// lib/features/openapi/api-types.test.ts fails when it differs from what the document gives.
export interface paths {
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of tasks with their replies, newest first */
        get: operations["listTasks"];
        put?: never;
        /** Add a task; its setup request goes to the bus at once */
        post: operations["addTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task with its replies */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/trail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every message the task caused, with each delivery's state */
        get: operations["getTaskTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of the requests the Setup desk received, newest first (the Setup portlet's list) */
        get: operations["listSetupRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bus/destinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statistics per destination since this instance started */
        get: operations["listDestinations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bus/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dead-lettered messages, newest first, with their errors */
        get: operations["listDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bus/dead-letters/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a dead-lettered delivery to its listener again */
        post: operations["replayDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (their first characters only); a signed-in session, not a token */
        get: operations["listTokens"];
        put?: never;
        /** Make an API token; the answer shows it this once */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: answers whenever the process answers HTTP */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: should this instance get new work? */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: operations["openApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics of this instance (docs/operations.md, Metrics) */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listTasks: {
        parameters: {
            query?: {
                /** @description A substring of the name or description (ASCII case-insensitive). */
                q?: string;
                /** @description Where the task stands, or all. */
                status?: "all" | "Waiting" | "Received" | "In progress" | "Blocked" | "Short of gear" | "Done";
                /** @description `nextCursor` of the previous page, as it was. */
                cursor?: string;
                /** @description Tasks per page: 1–200 (larger values are capped), default 100. */
                limit?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tasks: {
                            id: string;
                            name: string;
                            description: string;
                            /** @enum {string} */
                            status: "Open" | "In progress" | "Done";
                            gear: {
                                name: string;
                                quantity: number;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** @description The responders its request was delivered to, in delivery order. */
                            expected: string[];
                            replies: {
                                id: string;
                                /** @description The responder that answered: "setup", "inventory", … */
                                from: string;
                                /** @description The responder's own word for the reply: "ack", "answer", "progress", … */
                                kind: string;
                                /** @description The answer in English. */
                                answer: string;
                                /** @description The same answer as a message of the portal's catalogues (key, English, arguments), which the portal words in the reader's language; absent when its responder has none. A list argument reads as its items joined by commas. */
                                text?: {
                                    key: string;
                                    en: string;
                                    values?: {
                                        [key: string]: string | number | {
                                            key: string;
                                            en: string;
                                            values?: {
                                                [key: string]: string | number;
                                            };
                                        }[];
                                    };
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** @description How the reply moves its task's status, as its responder says: a report on the work, or a concern. */
                                moves?: {
                                    /** @constant */
                                    by: "report";
                                    /** @enum {string} */
                                    to: "In progress" | "Done" | "Blocked";
                                } | {
                                    /** @constant */
                                    by: "concern";
                                    /** @constant */
                                    to: "Short of gear";
                                };
                            }[];
                        }[];
                        /** @description How many tasks match, counted up to 10,000: with `totalCapped`, at least this many. */
                        total: number;
                        /** @description More tasks match than `total`: the count stopped at 10,000. */
                        totalCapped: boolean;
                        /** @description Pass back as `cursor` for the next page; null on the last. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description A parameter is invalid (`fields`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description The role lacks the permission, or a cookie write from another origin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    addTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–200 visible ASCII characters: a retry with the same key gets the first answer again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default  */
                    description?: string;
                    /**
                     * @default Open
                     * @enum {string}
                     */
                    status?: "Open" | "In progress" | "Done";
                    gear?: string | {
                        name: string;
                        quantity: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description The task, as stored (`Location` names it; `Idempotent-Replayed: true` on a replayed answer). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string;
                        /** @enum {string} */
                        status: "Open" | "In progress" | "Done";
                        gear: {
                            name: string;
                            quantity: number;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        /** @description The responders its request was delivered to, in delivery order. */
                        expected: string[];
                        replies: {
                            id: string;
                            /** @description The responder that answered: "setup", "inventory", … */
                            from: string;
                            /** @description The responder's own word for the reply: "ack", "answer", "progress", … */
                            kind: string;
                            /** @description The answer in English. */
                            answer: string;
                            /** @description The same answer as a message of the portal's catalogues (key, English, arguments), which the portal words in the reader's language; absent when its responder has none. A list argument reads as its items joined by commas. */
                            text?: {
                                key: string;
                                en: string;
                                values?: {
                                    [key: string]: string | number | {
                                        key: string;
                                        en: string;
                                        values?: {
                                            [key: string]: string | number;
                                        };
                                    }[];
                                };
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** @description How the reply moves its task's status, as its responder says: a report on the work, or a concern. */
                            moves?: {
                                /** @constant */
                                by: "report";
                                /** @enum {string} */
                                to: "In progress" | "Done" | "Blocked";
                            } | {
                                /** @constant */
                                by: "concern";
                                /** @constant */
                                to: "Short of gear";
                            };
                        }[];
                    };
                };
            };
            /** @description Invalid fields (`fields` says which) or ill-formed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description The role lacks the permission, or a cookie write from another origin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description A body over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description Not `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description `idempotency_conflict`: the key was used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description `busy`, `storage_unavailable` or `shutting_down`, with `Retry-After` where a retry can help. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string;
                        /** @enum {string} */
                        status: "Open" | "In progress" | "Done";
                        gear: {
                            name: string;
                            quantity: number;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        /** @description The responders its request was delivered to, in delivery order. */
                        expected: string[];
                        replies: {
                            id: string;
                            /** @description The responder that answered: "setup", "inventory", … */
                            from: string;
                            /** @description The responder's own word for the reply: "ack", "answer", "progress", … */
                            kind: string;
                            /** @description The answer in English. */
                            answer: string;
                            /** @description The same answer as a message of the portal's catalogues (key, English, arguments), which the portal words in the reader's language; absent when its responder has none. A list argument reads as its items joined by commas. */
                            text?: {
                                key: string;
                                en: string;
                                values?: {
                                    [key: string]: string | number | {
                                        key: string;
                                        en: string;
                                        values?: {
                                            [key: string]: string | number;
                                        };
                                    }[];
                                };
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** @description How the reply moves its task's status, as its responder says: a report on the work, or a concern. */
                            moves?: {
                                /** @constant */
                                by: "report";
                                /** @enum {string} */
                                to: "In progress" | "Done" | "Blocked";
                            } | {
                                /** @constant */
                                by: "concern";
                                /** @constant */
                                to: "Short of gear";
                            };
                        }[];
                    };
                };
            };
            /** @description `invalid_input`: the path is not valid percent-encoding. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description The role lacks the permission, or a cookie write from another origin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description No such task. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    getTaskTrail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trail. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        taskId: string;
                        name: string;
                        trail: {
                            id: string;
                            destination: string;
                            correlationId: string;
                            responseDestination?: string;
                            repliedBy?: string;
                            reply?: string;
                            /** Format: date-time */
                            createdAt: string;
                            deliveries: {
                                listener: string;
                                /** @enum {string} */
                                state: "pending" | "running" | "done" | "failed" | "dead";
                                attempts: number;
                                lastError?: string | null;
                                durationMs?: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description `invalid_input`: the path is not valid percent-encoding. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description The role lacks the permission, or a cookie write from another origin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description No such task. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    listSetupRequests: {
        parameters: {
            query?: {
                /** @description Every word in the task's name, description or gear. */
                q?: string;
                /** @description Where the work stands, or all. */
                state?: "all" | "not-started" | "in-progress" | "blocked" | "done";
                /** @description States left out, comma-separated: done, blocked. */
                hide?: string;
                /** @description `nextCursor` of the previous page, as it was. */
                cursor?: string;
                /** @description Requests per page: 1–200 (larger values are capped), default 50. */
                limit?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requests: {
                            id: string;
                            listener: string;
                            /** @description The request's correlation id: a roadie's report is sent back with it. */
                            requestId: string;
                            taskName: string;
                            /** @description The answer in English. */
                            answer: string;
                            /** @description The same answer as a message of the portal's catalogues (key, English, arguments), which the portal words in the reader's language; absent when its responder has none. A list argument reads as its items joined by commas. */
                            text?: {
                                key: string;
                                en: string;
                                values?: {
                                    [key: string]: string | number | {
                                        key: string;
                                        en: string;
                                        values?: {
                                            [key: string]: string | number;
                                        };
                                    }[];
                                };
                            };
                            /** Format: date-time */
                            createdAt: string;
                            request?: {
                                description: string;
                                gear: {
                                    name: string;
                                    quantity: number;
                                }[];
                            };
                        }[];
                        /** @description The latest report on each request, by request id. */
                        progress: {
                            [key: string]: {
                                /** @enum {string} */
                                state: "in-progress" | "done" | "blocked";
                                answer: string;
                                /** @description The same answer as a message of the portal's catalogues (key, English, arguments), which the portal words in the reader's language; absent when its responder has none. A list argument reads as its items joined by commas. */
                                text?: {
                                    key: string;
                                    en: string;
                                    values?: {
                                        [key: string]: string | number | {
                                            key: string;
                                            en: string;
                                            values?: {
                                                [key: string]: string | number;
                                            };
                                        }[];
                                    };
                                };
                            };
                        };
                        /** @description The other responders' answers on each request, by request id. */
                        answers: {
                            [key: string]: {
                                id: string;
                                /** @description The responder that answered: "setup", "inventory", … */
                                from: string;
                                /** @description The responder's own word for the reply: "ack", "answer", "progress", … */
                                kind: string;
                                /** @description The answer in English. */
                                answer: string;
                                /** @description The same answer as a message of the portal's catalogues (key, English, arguments), which the portal words in the reader's language; absent when its responder has none. A list argument reads as its items joined by commas. */
                                text?: {
                                    key: string;
                                    en: string;
                                    values?: {
                                        [key: string]: string | number | {
                                            key: string;
                                            en: string;
                                            values?: {
                                                [key: string]: string | number;
                                            };
                                        }[];
                                    };
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** @description How the reply moves its task's status, as its responder says: a report on the work, or a concern. */
                                moves?: {
                                    /** @constant */
                                    by: "report";
                                    /** @enum {string} */
                                    to: "In progress" | "Done" | "Blocked";
                                } | {
                                    /** @constant */
                                    by: "concern";
                                    /** @constant */
                                    to: "Short of gear";
                                };
                            }[];
                        };
                        /** @description How many requests match, counted up to 10,000: with `totalCapped`, at least this many. */
                        total: number;
                        /** @description More requests match than `total`: the count stopped at 10,000. */
                        totalCapped: boolean;
                        /** @description Pass back as `cursor` for the next page; null on the last. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description A parameter is invalid (`fields`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description The role lacks the permission, or a cookie write from another origin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    listDestinations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        busId: string;
                        destinations: {
                            destination: string;
                            /** @enum {string} */
                            type: "serial" | "parallel" | "synchronous";
                            listeners: string[];
                            pending: number;
                            inFlight: number;
                            retrying: number;
                            sent: number;
                            delivered: number;
                            failed: number;
                            dead: number;
                            rejected: number;
                            largestQueue: number;
                            handlingMs: {
                                p50: number;
                                p99: number;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description The role lacks the permission, or a cookie write from another origin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    listDeadLetters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dead letters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deadLetters: {
                            id: string;
                            destination: string;
                            correlationId: string;
                            responseDestination?: string;
                            repliedBy?: string;
                            reply?: string;
                            /** Format: date-time */
                            createdAt: string;
                            deliveries: {
                                listener: string;
                                /** @enum {string} */
                                state: "pending" | "running" | "done" | "failed" | "dead";
                                attempts: number;
                                lastError?: string | null;
                                durationMs?: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description The role lacks the permission, or a cookie write from another origin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    replayDeadLetter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    messageId: string;
                    listener: string;
                };
            };
        };
        responses: {
            /** @description Sent again. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        replayed: {
                            messageId: string;
                            listener: string;
                        };
                    };
                };
            };
            /** @description Invalid fields (`fields` says which) or ill-formed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description The role lacks the permission, or a cookie write from another origin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description No such dead letter. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description A body over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description Not `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tokens: {
                            id: string;
                            name: string;
                            /** @description The token's first characters, to tell tokens apart. */
                            start: string;
                            /** Format: date-time */
                            createdAt: string;
                            lastUsedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description The role lacks the permission, or a cookie write from another origin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description The new token. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @description The token's first characters, to tell tokens apart. */
                        start: string;
                        /** Format: date-time */
                        createdAt: string;
                        lastUsedAt: string | null;
                        /** @description The token itself: shown this once. */
                        token: string;
                    };
                };
            };
            /** @description Invalid fields (`fields` says which) or ill-formed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description The role lacks the permission, or a cookie write from another origin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description A body over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description Not `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_input`: the path is not valid percent-encoding. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description The role lacks the permission, or a cookie write from another origin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description No such token of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                        busId: string;
                    };
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ready: boolean;
                        checks: {
                            draining: boolean;
                            /** @description A one-off data change runs after the start (e.g. filling a new column): not ready until it is done. */
                            backfilling: boolean;
                            databaseWritable: boolean;
                            storageFault: string | null;
                            busCaughtUp: boolean;
                            redisReachable: boolean | null;
                        };
                    };
                };
            };
            /** @description Not ready: the failing check says why. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ready: boolean;
                        checks: {
                            draining: boolean;
                            /** @description A one-off data change runs after the start (e.g. filling a new column): not ready until it is done. */
                            backfilling: boolean;
                            databaseWritable: boolean;
                            storageFault: string | null;
                            busCaughtUp: boolean;
                            redisReachable: boolean | null;
                        };
                    };
                };
            };
        };
    };
    openApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenAPI 3.1. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description The role lacks the permission, or a cookie write from another origin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "invalid_json" | "invalid_input" | "unauthenticated" | "forbidden" | "cross_origin" | "payload_too_large" | "not_found" | "conflict" | "unsupported_media_type" | "idempotency_conflict" | "rate_limited" | "busy" | "storage_unavailable" | "shutting_down" | "internal";
                            message: string;
                            /** @description Per field, what is wrong (validation errors). */
                            fields?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
}
