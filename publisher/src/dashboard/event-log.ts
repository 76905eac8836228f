/**
 * The dashboard's event stream: every change gets the next sequence number
 * and is kept in a bounded ring, so a page that reconnects with
 * `Last-Event-ID` gets only what it missed. A page that fell further behind
 * than the ring reaches gets a fresh snapshot instead (never a silent gap).
 */

export interface StreamEvent {
  id: number;
  type: string;
  data: unknown;
}

export type EventSubscriber = (event: StreamEvent) => void;

export class EventLog {
  /**
   * Ids start from the clock, so a page that resumes against a restarted
   * server never has its old id mistaken for one of this server's events.
   */
  private seq: number;
  private readonly ring: StreamEvent[] = [];
  private readonly subscribers = new Set<EventSubscriber>();

  constructor(
    private readonly capacity = 2000,
    start = Date.now() * 1000,
  ) {
    this.seq = start;
  }

  /** The id of the newest event (the start before any). */
  get lastId(): number {
    return this.seq;
  }

  /** Records an event and hands it to every subscriber; a subscriber that throws never stops the others. */
  append(type: string, data: unknown): StreamEvent {
    const event = { id: ++this.seq, type, data };
    this.ring.push(event);
    if (this.ring.length > this.capacity) this.ring.shift();
    for (const subscriber of this.subscribers) {
      try {
        subscriber(event);
      } catch {
        this.subscribers.delete(subscriber);
      }
    }
    return event;
  }

  /** The events after `id`, or null when the ring no longer holds all of them (the caller sends a snapshot). */
  since(id: number): StreamEvent[] | null {
    if (!Number.isSafeInteger(id) || id < 0 || id > this.seq) return null;
    if (id === this.seq) return [];
    const first = this.ring[0];
    if (!first || first.id > id + 1) return null;
    return this.ring.slice(id + 1 - first.id);
  }

  subscribe(subscriber: EventSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }
}
