/**
 * Runs just before the sanitiser and reports, line by line, what it is about
 * to remove, so that an author's markup never vanishes silently. It asks the
 * sanitiser itself (hast-util-sanitize, with the article schema) about each
 * element in its context, so the report cannot drift from what is removed.
 *
 * The serious case is an element removed with everything inside it: a tag
 * name written in prose ("forms use the <template> element") opens an element
 * that swallows the rest of the article. Removing visible text is an error.
 */
import type { Element, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { hasVisibleText } from '#lib/content/invisible-text.ts';
import { excerpt } from '#lib/content/field-label.ts';
import { reportChange, textInside } from './markup-report.ts';

type PipelineFile = Parameters<typeof reportChange>[0];

/** `element` alone (no children) inside copies of its kept ancestors, as the sanitiser would meet it. */
function inContext(ancestors: Element[], element: Element): Root {
  let node: Element = { ...element, children: [] };
  for (const ancestor of [...ancestors].reverse()) node = { ...ancestor, children: [node] };
  return { type: 'root', children: [node] };
}

/** What the sanitiser makes of `element` in context: the element it keeps, or undefined when it removes it. */
function sanitised(schema: Schema, ancestors: Element[], element: Element): Element | undefined {
  let node: Root | Element = sanitize(inContext(ancestors, element), schema) as Root;
  for (const ancestor of [...ancestors, element]) {
    const next: RootContent | undefined = node.children.find((child) => child.type === 'element' && child.tagName === ancestor.tagName);
    if (next?.type !== 'element') return undefined;
    node = next;
  }
  return node as Element;
}

const tag = (element: Element) => `<${element.tagName}>`;

function reportRemovedElement(file: PipelineFile, schema: Schema, element: Element): void {
  if (element.tagName === 'input') {
    reportChange(file, element, 'warning', 'a task-list checkbox ("[ ]") is not published; the text after it is');
    return;
  }
  if (!schema.strip?.includes(element.tagName)) {
    const keeps = hasVisibleText(textInside(element)) ? '; the text inside it is kept' : '';
    reportChange(file, element, 'warning', `the ${tag(element)} element is not published${keeps}`);
    return;
  }
  const text = textInside(element);
  if (hasVisibleText(text)) {
    reportChange(
      file,
      element,
      'error',
      `the ${tag(element)} element would be removed with the text inside it ("${excerpt(text)}"). ` +
        `To show the tag's name, write it as code (\`${tag(element)}\`) or as &lt;${element.tagName}>; otherwise delete the element`,
    );
  } else {
    reportChange(file, element, 'warning', `the ${tag(element)} element is not published`);
  }
}

function reportRemovedAttributes(file: PipelineFile, element: Element, kept: Element): void {
  for (const [name, value] of Object.entries(element.properties)) {
    if (value === undefined || value === null || name in kept.properties) continue;
    const shown = typeof value === 'string' ? ` ("${excerpt(value, 40)}")` : '';
    reportChange(file, element, 'warning', `the ${find(html, name).attribute} attribute of ${tag(element)}${shown} is not published`);
  }
}

export default function rehypeReportRemovedMarkup(schema: Schema) {
  return (tree: Root, file: PipelineFile) => {
    const visit = (children: RootContent[], ancestors: Element[]) => {
      for (const child of children) {
        if (child.type !== 'element') continue;
        const kept = sanitised(schema, ancestors, child);
        if (!kept) {
          reportRemovedElement(file, schema, child);
          // An unwrapped element's children stay, under the same kept ancestors.
          if (!schema.strip?.includes(child.tagName)) visit(child.children, ancestors);
          continue;
        }
        reportRemovedAttributes(file, child, kept);
        visit(child.children, [...ancestors, child]);
      }
    };
    visit(tree.children, []);
  };
}
