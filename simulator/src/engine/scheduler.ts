/**
 * A deterministic task queue over virtual time. Tasks run in order of time, then priority
 * (system follow-ups before scenario steps that fall on the same millisecond), then insertion.
 * The XState SimulatedClock is moved to each task's time before it runs, so every actor and every
 * trace entry sees the same "now".
 */
import {SimulatedClock} from 'xstate';

export type TaskPriority = 0 | 1;
/** Follow-ups the system or app schedules (deferred XPC replies, timers). */
export const systemPriority: TaskPriority = 0;
/** Steps from the scenario file and events a reader sends. */
export const stepPriority: TaskPriority = 1;

interface Task {
  at: number;
  priority: TaskPriority;
  seq: number;
  label: string;
  run: () => void;
  cancelled: boolean;
}

export interface TaskHandle {
  cancel(): void;
}

export class Scheduler {
  readonly clock = new SimulatedClock();
  private readonly tasks: Task[] = [];
  private nextSeq = 0;

  now(): number {
    return this.clock.now();
  }

  schedule(
    delayMs: number,
    label: string,
    run: () => void,
    priority: TaskPriority = systemPriority,
  ): TaskHandle {
    return this.scheduleAt(this.now() + Math.max(0, delayMs), label, run, priority);
  }

  scheduleAt(at: number, label: string, run: () => void, priority: TaskPriority): TaskHandle {
    const task: Task = {at, priority, seq: this.nextSeq++, label, run, cancelled: false};
    this.insert(task);
    return {
      cancel: () => {
        task.cancelled = true;
      },
    };
  }

  /** The time of the next task that will run, or null when nothing is left. */
  nextAt(): number | null {
    this.dropCancelledHead();
    return this.tasks[0]?.at ?? null;
  }

  pending(): number {
    return this.tasks.filter((task) => !task.cancelled).length;
  }

  /** Runs the next task. Returns false when nothing is left. */
  runNext(): boolean {
    this.dropCancelledHead();
    const task = this.tasks.shift();
    if (!task) return false;
    if (task.at > this.now()) this.clock.set(task.at);
    task.run();
    return true;
  }

  /** Moves time forward to `at` without running anything (only when no task is due earlier). */
  moveTo(at: number): void {
    if (at > this.now()) this.clock.set(at);
  }

  private dropCancelledHead(): void {
    while (this.tasks[0]?.cancelled) this.tasks.shift();
  }

  private insert(task: Task): void {
    // Binary search for the first task that sorts after this one; equal keys keep insertion order.
    let low = 0;
    let high = this.tasks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const other = this.tasks[mid] as Task;
      const after =
        other.at > task.at ||
        (other.at === task.at &&
          (other.priority > task.priority ||
            (other.priority === task.priority && other.seq > task.seq)));
      if (after) high = mid;
      else low = mid + 1;
    }
    this.tasks.splice(low, 0, task);
  }
}
