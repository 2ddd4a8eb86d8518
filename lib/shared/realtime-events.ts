import type { GearItemView } from "./gear";
import type { ListenerActivityView, ReplyView, TaskView } from "./task";

/** Socket.IO events the server pushes, typed for both ends (socket.io's event maps). */
export type ServerToClientEvents = {
  "bus:hello": (hello: { busId: string }) => void;
  "task:added": (task: TaskView) => void;
  /** `requestId` lets the Setup portlet, which knows requests not tasks, follow progress. */
  "task:reply": (event: { taskId: string; requestId: string; reply: ReplyView }) => void;
  "listener:activity": (activity: ListenerActivityView) => void;
  /** The whole stock after any change (a reservation or the inventory manager's edit). */
  "inventory:stock": (items: GearItemView[]) => void;
};

/** The portal only listens for now; the client sends nothing. */
export type ClientToServerEvents = Record<string, never>;
