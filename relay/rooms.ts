import type { Topic } from './storage/storage';

/**
 * Which of this process's sockets listen to which room or pairing slot. The first listener of a
 * topic makes the process watch it in storage (a Redis subscription); the last one leaving ends it.
 */
export class TopicRegistry<Conn> {
  private readonly members = new Map<string, Set<Conn>>();
  /** A joiner waits for the watch the first member started, so it misses no event. */
  private readonly watching = new Map<string, Promise<void>>();

  constructor(
    private readonly watch: (topic: Topic) => Promise<void>,
    private readonly unwatch: (topic: Topic) => Promise<void>,
  ) {}

  private static key(topic: Topic): string {
    return `${topic.kind}:${topic.id}`;
  }

  count(topic: Topic): number {
    return this.members.get(TopicRegistry.key(topic))?.size ?? 0;
  }

  get(topic: Topic): Conn[] {
    return [...(this.members.get(TopicRegistry.key(topic)) ?? [])];
  }

  topics(): number {
    return this.members.size;
  }

  async add(topic: Topic, conn: Conn): Promise<void> {
    const key = TopicRegistry.key(topic);
    const set = this.members.get(key);
    if (set) {
      set.add(conn);
      await this.watching.get(key);
      return;
    }
    this.members.set(key, new Set([conn]));
    const watched = this.watch(topic);
    this.watching.set(key, watched);
    await watched;
  }

  async remove(topic: Topic, conn: Conn): Promise<void> {
    const key = TopicRegistry.key(topic);
    const set = this.members.get(key);
    if (!set || !set.delete(conn) || set.size > 0) return;
    this.members.delete(key);
    this.watching.delete(key);
    await this.unwatch(topic);
  }
}
