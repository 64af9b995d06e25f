import { z } from "zod/mini";
import { FRENCH_PROBLEMS, FRENCH_SUBJECTS } from "./french-problems.ts";

/**
 * Why a value is refused, as a stable code: the schemas put it in their issues' message, each interface words it in
 * its language (the server in French). A code about a field names it as a subject: `tooLong:cardTitle`.
 */
export type ProblemCode = keyof typeof FRENCH_PROBLEMS;
/** What a problem may be about, worded in each language as the start of a sentence ("Le titre de la carte"). */
export type ProblemSubject = keyof typeof FRENCH_SUBJECTS;

/** What a wording reads: the subject in its language, the bounds zod puts on the issue, or what a check adds. */
export interface ProblemParams {
  subject?: string;
  maximum?: number;
  minimum?: number;
  /** The values an enum expected. */
  values?: readonly unknown[];
  /** The fields a strict object did not know. */
  keys?: readonly string[];
  /** The refused value, when the wording quotes it. */
  value?: string;
  start?: number;
  end?: number;
  count?: number;
  year?: number;
}

export type ProblemWording = string | ((params: ProblemParams) => string);

/** A language's wording of every problem: TypeScript holds each dictionary to every code and subject. */
export interface ProblemWords {
  problems: Readonly<Record<ProblemCode, ProblemWording>>;
  subjects: Readonly<Record<ProblemSubject, string>>;
  /** A problem after the field it is about (`communes[2].insee`), and several of them in one sentence. */
  field: (path: string, text: string) => string;
  fields: (texts: readonly string[]) => string;
}

export const FRENCH_PROBLEM_WORDS: ProblemWords = {
  problems: FRENCH_PROBLEMS,
  subjects: FRENCH_SUBJECTS,
  field: (path, text) => `${path} : ${text}`,
  fields: (texts) => texts.join(" ; "),
};

/** The message a schema gives its issue: a code, and the subject it is about if any. */
export function problem(code: ProblemCode, subject?: ProblemSubject): string {
  return subject ? `${code}:${subject}` : code;
}

/** A zod issue as far as wording it goes (zod's own issue types fit it, without the client naming zod). */
export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly expected?: string;
  readonly origin?: string;
  readonly format?: string;
  readonly maximum?: number | bigint;
  readonly minimum?: number | bigint;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly params?: Readonly<Record<string, unknown>>;
}

export interface Problem {
  code: ProblemCode;
  subject?: ProblemSubject;
  params: ProblemParams;
}

const isCode = (text: string): text is ProblemCode => Object.hasOwn(FRENCH_PROBLEMS, text);
const isSubject = (text: string): text is ProblemSubject => Object.hasOwn(FRENCH_SUBJECTS, text);

/** The problem an issue stands for: the schema's code, or one told by the issue's kind where the schema gave none. */
export function problemOf(issue: IssueLike): Problem {
  const params: ProblemParams = {
    ...(issue.params as ProblemParams | undefined),
    ...(issue.maximum === undefined ? {} : { maximum: Number(issue.maximum) }),
    ...(issue.minimum === undefined ? {} : { minimum: Number(issue.minimum) }),
    ...(issue.values === undefined ? {} : { values: issue.values }),
    ...(issue.keys === undefined ? {} : { keys: issue.keys }),
  };
  const [code = "", subject, ...rest] = issue.message.split(":");
  if (isCode(code) && rest.length === 0 && (subject === undefined || isSubject(subject))) {
    return { code, subject, params };
  }
  return { code: defaultProblem(issue), params };
}

/** Whether an issue's message is a code rather than a text of its own (a server-only schema's, zod's locale's). */
export function isProblemMessage(message: string): boolean {
  return isCode(message.split(":")[0] ?? "");
}

/** What zod found, for checks a schema gave no code of its own. */
function defaultProblem(issue: IssueLike): ProblemCode {
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "string"
        ? "notText"
        : issue.expected === "number" || issue.expected === "int"
          ? "notNumber"
          : issue.expected === "boolean"
            ? "notBoolean"
            : issue.expected === "array"
              ? "notList"
              : issue.expected === "object"
                ? "notObject"
                : "invalidValue";
    case "too_big":
      return issue.origin === "string" ? "tooLong" : issue.origin === "array" ? "tooMany" : "tooBig";
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "required" : "tooShort";
      return issue.origin === "array" ? "tooFew" : "tooSmall";
    case "invalid_value":
      return "unknownValue";
    case "unrecognized_keys":
      return "unknownField";
    case "invalid_format":
      return issue.format === "date" ? "notDate" : "badFormat";
    default:
      return "invalidValue";
  }
}

export function wordProblem(words: ProblemWords, { code, subject, params }: Problem): string {
  const wording = words.problems[code];
  if (typeof wording === "string") return wording;
  return wording(subject ? { ...params, subject: words.subjects[subject] } : params);
}

/** A field's path as a reader writes it: `communes[2].insee`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join("");
}

/** A refused field as the HTTP API sends it beside its French `error`, for each interface to word. */
export interface FieldProblem extends Problem {
  path: (string | number)[];
}

export function fieldProblems(issues: readonly IssueLike[]): FieldProblem[] {
  return issues.map((issue) => ({
    ...problemOf(issue),
    path: issue.path.filter((key): key is string | number => typeof key !== "symbol"),
  }));
}

/** The problems of a refusal's JSON body, when it gives them and each names a known code (null otherwise). */
export function fieldProblemsIn(body: unknown): FieldProblem[] | null {
  const problems = (body as { problems?: unknown } | null | undefined)?.problems;
  if (!Array.isArray(problems) || problems.length === 0) return null;
  const known = problems.every((problem: Partial<Record<keyof FieldProblem, unknown>>) => {
    const { code, subject, path, params } = problem ?? {};
    return (
      typeof code === "string" &&
      isCode(code) &&
      (subject === undefined || (typeof subject === "string" && isSubject(subject))) &&
      Array.isArray(path) &&
      typeof params === "object" &&
      params !== null
    );
  });
  return known ? (problems as FieldProblem[]) : null;
}

/** Refused fields in one sentence of a language, each after its path. */
export function describeProblems(words: ProblemWords, problems: readonly FieldProblem[]): string {
  return words.fields(
    problems.map((problem) => {
      const path = fieldPath(problem.path);
      const text = wordProblem(words, problem);
      return path ? words.field(path, text) : text;
    }),
  );
}

/**
 * An issue as the HTTP API words it: in French. A message of its own (a server-only schema's, zod's French locale's)
 * is kept; zod/mini's "Invalid input", where no locale is loaded, is worded by the issue's kind.
 */
export function frenchIssue(issue: IssueLike): string {
  return isProblemMessage(issue.message) || issue.message === "Invalid input"
    ? wordProblem(FRENCH_PROBLEM_WORDS, problemOf(issue))
    : issue.message;
}

/** A check refusing a value with a code and what its wording quotes of it (zod's refine carries fixed params only). */
export function refuseWith<T>(code: ProblemCode, fault: (value: T) => ProblemParams | null) {
  return z.superRefine<T>((value, context) => {
    const params = fault(value);
    if (params) context.addIssue({ code: "custom", message: code, params });
  });
}
