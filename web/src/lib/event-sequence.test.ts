import { describe, expect, it } from 'vitest';
import { SequenceTracker } from './event-sequence';

describe('SequenceTracker', () => {
  it('accepts the next number, ignores numbers already seen, and reports a gap', () => {
    const tracker = new SequenceTracker(10);
    expect(tracker.accept(11)).toBe('new');
    expect(tracker.accept(12)).toBe('new');
    // A reconnect replays from the start of the subscription.
    expect(tracker.accept(11)).toBe('duplicate');
    expect(tracker.accept(12)).toBe('duplicate');
    expect(tracker.accept(13)).toBe('new');
    expect(tracker.accept(20)).toBe('gap');
    expect(tracker.last).toBe(20);
    expect(tracker.accept(21)).toBe('new');
  });
});
