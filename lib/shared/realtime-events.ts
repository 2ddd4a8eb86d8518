import type { ListenerActivityView, ReplyView, TaskView } from "./task";

/** Socket.IO events the server pushes, typed for both ends (socket.io's event maps). */
export type ServerToClientEvents = {
  "bus:hello": (hello: { busId: string }) => void;
  "task:added": (task: TaskView) => void;
  "task:reply": (event: { taskId: string; reply: ReplyView }) => void;
  "listener:activity": (activity: ListenerActivityView) => void;
};

/** The portal only listens for now; the client sends nothing. */
export type ClientToServerEvents = Record<string, never>;
