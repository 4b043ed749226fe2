import { describe, expect, it } from 'vitest';
import { cardFactoryOf, publishCard } from '../../utils/page/card-bridge';

describe('where the page script finds the card\'s code', () => {
  it('none until the card\'s script has left its factory; then that one', () => {
    const frame = {};
    expect(cardFactoryOf(frame)).toBeUndefined();
    const factory = { createCard: () => ({}) as never };
    publishCard(frame, factory);
    expect(cardFactoryOf(frame)).toBe(factory);
  });

  it('a slot holding something else is no factory', () => {
    const frame = { [Symbol.for('vankien.card')]: { createCard: 'not a function' } };
    expect(cardFactoryOf(frame)).toBeUndefined();
  });
});
