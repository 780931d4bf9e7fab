import type { ReactNode } from 'react';
import type { Paragraph, RichText, Run } from '../../../shared/model/richText.ts';

/**
 * A run as Lexical's TextNode draws it with the editor's theme (RichTextField.tsx): <strong> when
 * bold, else <em> when italic, else <span>, with one class per format.
 */
function StaticRun({ run }: { run: Run }) {
  const className =
    [run.bold && 'rt-bold', run.italic && 'rt-italic', run.underline && 'rt-underline']
      .filter(Boolean)
      .join(' ') || undefined;
  if (run.bold) return <strong className={className}>{run.text}</strong>;
  if (run.italic) return <em className={className}>{run.text}</em>;
  return <span className={className}>{run.text}</span>;
}

const runsOf = (p: Paragraph): ReactNode => {
  const runs = p.runs.filter((r) => r.text !== '');
  // An empty paragraph keeps its line, as Lexical's <br> does.
  return runs.length === 0 ? <br /> : runs.map((r, i) => <StaticRun key={i} run={r} />);
};

/**
 * The content of a rich-text field as its Lexical editor shows it: paragraphs, and consecutive list
 * paragraphs of one kind as one list (as convert.ts loads them), so the field keeps its height and
 * look when the editor replaces it.
 */
export function StaticRichText({ value }: { value: RichText }) {
  const out: ReactNode[] = [];
  for (let i = 0; i < value.length;) {
    const p = value[i]!;
    if (!p.list) {
      out.push(
        <p key={i} className="rt-p">
          {runsOf(p)}
        </p>,
      );
      i += 1;
      continue;
    }
    const kind = p.list;
    const items: ReactNode[] = [];
    const start = i;
    for (; i < value.length && value[i]!.list === kind; i++)
      items.push(
        <li key={i} className="rt-li">
          {runsOf(value[i]!)}
        </li>,
      );
    out.push(
      kind === 'number' ? (
        <ol key={start} className="rt-ol">
          {items}
        </ol>
      ) : (
        <ul key={start} className="rt-ul">
          {items}
        </ul>
      ),
    );
  }
  if (out.length === 0)
    out.push(
      <p key={0} className="rt-p">
        <br />
      </p>,
    );
  return <>{out}</>;
}
