/**
 * Follows a hub's event sequence numbers on the client. After a reconnect the server replays
 * from where the subscription started, so old numbers come again (ignored); a number further
 * ahead than the next one means events were lost (more than the replay holds), and the screen
 * must reload its data instead of trusting the stream.
 */
export class SequenceTracker {
  constructor(private lastSeen: number) {}

  get last(): number {
    return this.lastSeen;
  }

  accept(sequence: number): 'new' | 'duplicate' | 'gap' {
    if (sequence <= this.lastSeen) return 'duplicate';
    const verdict = sequence === this.lastSeen + 1 ? 'new' : 'gap';
    this.lastSeen = sequence;
    return verdict;
  }
}
