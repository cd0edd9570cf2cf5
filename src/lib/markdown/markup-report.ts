/**
 * What the pipeline changed in an author's markup, so that nothing they wrote
 * disappears without a word: the sanitiser's removals and the pipeline's own
 * rewrites, each with the body line it comes from. An error is a change that
 * would lose the author's words (the build stops); a warning loses only markup.
 *
 * Astro's Markdown processor returns only the frontmatter object it was given,
 * so the plugins write their findings into that object (under `MARKUP_REPORT`)
 * and `article-body.ts` reads them back after rendering.
 */
import type { Element, Node, Root } from 'hast';
import { toString } from 'hast-util-to-string';

export interface MarkupChange {
  severity: 'error' | 'warning';
  /** 1-based line in the body; undefined for markup the pipeline made itself. */
  line: number | undefined;
  message: string;
}

export const MARKUP_REPORT = 'markupReport';

interface PipelineFile {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** Records a change in the report of the body being rendered (a no-op when the caller asked for none). */
export function reportChange(file: PipelineFile, node: Node, severity: MarkupChange['severity'], message: string): void {
  const report = file.data.astro?.frontmatter?.[MARKUP_REPORT];
  if (Array.isArray(report)) report.push({ severity, line: node.position?.start.line, message } satisfies MarkupChange);
}

/** The visible text inside an element, including a `<template>`'s content, which the HTML parser keeps apart. */
export function textInside(element: Element): string {
  const template = (element as Element & { content?: Root }).content;
  return [toString(element), template ? toString(template) : ''].join(' ').replace(/\s+/g, ' ').trim();
}
