/**
 * A control character made by a character reference in the body's raw HTML (`<p>&#x7;</p>`,
 * `<abbr title="&#x1b;">`). The file's text check cannot see it (the text says "&#x7;"), and
 * Markdown's own references to one become "�", but the HTML parser keeps it: the page would hold
 * a character no reader can see and that makes it invalid HTML. It stops the build at its line.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { firstControlCharacter } from '#lib/content/invisible-text.ts';
import { reportChange } from './markup-report.ts';

type PipelineFile = Parameters<typeof reportChange>[0];

export default function rehypeControlCharacters() {
  return (tree: Root, file: PipelineFile) => {
    visit(tree, (node) => {
      const values =
        node.type === 'text'
          ? [node.value]
          : node.type === 'element'
            ? Object.values(node.properties)
                .flatMap((value) => (Array.isArray(value) ? value : [value]))
                .filter((value) => typeof value === 'string')
            : [];
      const found = values.map((value) => firstControlCharacter(value)).find((control) => control !== undefined);
      if (found) {
        reportChange(
          file,
          node,
          'error',
          `a character reference in the HTML makes a control character (${found.code}), which no reader can see and which makes the page invalid HTML; delete the reference`,
        );
      }
    });
  };
}
