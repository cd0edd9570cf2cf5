import readingTime from 'reading-time';

/** Whole minutes to read a body of text, never less than one. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(readingTime(text, { wordsPerMinute: 230 }).minutes));
}

export function readingTimeLabel(text: string): string {
  const minutes = readingMinutes(text);
  return `${minutes} min read`;
}
