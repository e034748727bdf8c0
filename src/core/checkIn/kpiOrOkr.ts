// KPI or OKR? The practice's four questions: a KPI monitors an established process whose standard is
// 100%; an OKR changes something, and 70% of the way is a success.

export type Leaning = 'KPI' | 'OKR';

export type QuestionId = 'process' | 'purpose' | 'standard' | 'initiative';

type Answers = Readonly<Record<QuestionId, Leaning>>;

/** How each answer reads in a reason, by question and leaning. */
const ANSWER_TEXT: Readonly<Record<QuestionId, Readonly<Record<Leaning, string>>>> = {
  process: { KPI: 'an established process', OKR: 'doing something differently' },
  purpose: { KPI: 'ongoing health', OKR: 'building and changing' },
  standard: { KPI: '100% is the expected standard', OKR: '70% would be meaningful progress' },
  initiative: { KPI: 'continuing as you are', OKR: 'a new initiative' },
};

const ORDER: readonly QuestionId[] = ['process', 'purpose', 'standard', 'initiative'];

const ADVICE: Readonly<Record<Leaning, string>> = {
  KPI: 'Track it as a KPI with a healthy range and an owner; if it leaves the range, that is the moment for an OKR.',
  OKR: 'Make it a key result with a start, a target and a deadline under an objective; 0.7 is success.',
};

export interface Recommendation {
  readonly kind: Leaning;
  readonly reason: string;
}

/**
 * The majority of the answers decides; a 2–2 split follows the standard question (100% expected, or 70%
 * meaningful), because that is what makes a score of 0.7 read as success or as failure.
 */
export function recommend(answers: Answers): Recommendation {
  const votes = ORDER.filter((id) => answers[id] === 'OKR').length;
  const kind: Leaning = votes > 2 ? 'OKR' : votes < 2 ? 'KPI' : answers.standard;
  const agreeing = ORDER.filter((id) => answers[id] === kind).map((id) => ANSWER_TEXT[id][kind]);
  const count = `${agreeing.length} of ${ORDER.length} answers point to ${kind === 'KPI' ? 'a KPI' : 'an OKR'}`;
  const split = votes === 2 ? ` The answers are split, so the standard decides: ${ANSWER_TEXT.standard[kind]}.` : '';
  return { kind, reason: `${count}: ${agreeing.join(', ')}.${split} ${ADVICE[kind]}` };
}
