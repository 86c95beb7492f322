/** The exact path: the same operations on BigInt rationals (../exact.ts), each value with its ceiling. */
import * as Q from "../exact";
import { MAX_AMOUNT } from "../money";
import { Calc } from "./calc";
import { type Amount, awardTooLarge, type Num } from "./types";

/** An exact value and its ceiling (null: none). */
class Exact {
  constructor(
    readonly q: Q.Rational,
    readonly ceiling: Q.Rational | null
  ) {}
}

const exactOf = (x: Num): Exact =>
  typeof x === "number" ? new Exact(Q.readDecimal(x), null) : (x as unknown as Exact);
const wrap = (q: Q.Rational, ceiling: Q.Rational | null = null): Amount =>
  new Exact(q, ceiling) as unknown as Amount;

export class ExactCalc extends Calc {
  of(x: Num): Amount {
    return exactOf(x) as unknown as Amount;
  }

  add(a: Num, b: Num): Amount {
    const x = exactOf(a);
    const y = exactOf(b);
    const c = x.ceiling && y.ceiling ? Q.add(x.ceiling, y.ceiling) : null;
    return wrap(Q.add(x.q, y.q), c);
  }

  sub(a: Num, b: Num): Amount {
    const x = exactOf(a);
    const y = exactOf(b);
    return wrap(Q.sub(x.q, y.q), x.ceiling && Q.sub(x.ceiling, y.q));
  }

  mul(a: Num, b: Num): Amount {
    return wrap(Q.mul(exactOf(a).q, exactOf(b).q));
  }

  div(a: Num, b: Num): Amount {
    return wrap(Q.div(exactOf(a).q, exactOf(b).q));
  }

  min(a: Num, b: Num): Amount {
    const x = exactOf(a);
    const y = exactOf(b);
    return wrap(Q.min(x.q, y.q), lesser(x.ceiling, y.ceiling));
  }

  max(a: Num, b: Num): Amount {
    const x = exactOf(a);
    const y = exactOf(b);
    return wrap(Q.max(x.q, y.q), x.ceiling && y.ceiling && Q.max(x.ceiling, y.ceiling));
  }

  protected capAt(a: Num, limit: Num): Amount {
    const x = exactOf(a);
    const c = exactOf(limit);
    return wrap(Q.min(x.q, c.q), lesser(x.ceiling, c.q));
  }

  floorAtZero(a: Num): Amount {
    const x = exactOf(a);
    return wrap(Q.max(Q.ZERO, x.q), x.ceiling && Q.max(Q.ZERO, x.ceiling));
  }

  compare(a: Num, b: Num): number {
    return Q.cmp(exactOf(a).q, exactOf(b).q);
  }

  value(a: Num): number {
    return typeof a === "number" ? a : Q.toNumber((a as unknown as Exact).q);
  }

  finish(a: Num): number {
    const x = exactOf(a);
    let fen = Q.roundHalfAwayToFen(x.q);
    if (x.ceiling) {
      const most = Q.floorToFen(x.ceiling);
      if (most < fen) fen = most;
    }
    if (fen > BigInt(MAX_AMOUNT) * 100n) throw awardTooLarge();
    return Number(fen) / 100;
  }
}

function lesser(a: Q.Rational | null, b: Q.Rational | null): Q.Rational | null {
  if (!a) return b;
  if (!b) return a;
  return Q.min(a, b);
}
