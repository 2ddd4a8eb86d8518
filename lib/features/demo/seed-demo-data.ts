import "server-only";
import type { TaskInput } from "@/lib/features/tasks/schema";
import { db } from "@/lib/server/db/client";
import { addTask } from "@/lib/features/tasks/server/add-task";

const DEMO_GEAR = [
  { name: "Amplifier", quantity: 6 },
  { name: "Speaker cabinet", quantity: 8 },
  { name: "Microphone", quantity: 12 },
  { name: "Mixing desk", quantity: 1 },
  { name: "Lighting rig", quantity: 2 },
  { name: "Fog machine", quantity: 0 },
  { name: "Drum kit", quantity: 1 },
];

const DEMO_CREW = [
  { name: "Alex Moreno", role: "tour manager" },
  { name: "Sam Okafor", role: "roadie" },
  { name: "Jo Lindqvist", role: "roadie" },
  { name: "Priya Raman", role: "inventory manager" },
];

const DEMO_TASKS: TaskInput[] = [
  // The first and last name no gear: the inventory reads their text instead.
  { name: "Stack the amplifiers", description: "Stage left, two stacks of three.", status: "Open", gear: [] },
  {
    name: "Rig the lights",
    description: "Lighting rig over the drum kit riser.",
    status: "In progress",
    gear: [{ name: "Lighting rig", quantity: 1 }],
  },
  { name: "Test the fog machine", description: "Before doors open at 19:00.", status: "Open", gear: [] },
];

/**
 * Fills an empty database with demo gear and crew, and sends the demo tasks through
 * the real bus so their replies are genuine. Returns false when there was data already.
 */
export async function seedDemoData(): Promise<boolean> {
  const [gear, tasks] = await Promise.all([db.gearItem.count(), db.task.count()]);
  if (gear > 0 || tasks > 0) return false;
  await db.$transaction([db.gearItem.createMany({ data: DEMO_GEAR }), db.crewMember.createMany({ data: DEMO_CREW })]);
  for (const task of DEMO_TASKS) await addTask(task);
  return true;
}
