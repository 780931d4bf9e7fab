import { sourceLinks } from '../../shared/registry/sourceName.ts';
import { useRegistryText } from './registryText.ts';

/**
 * Where a document's details come from, by name ("Thư viện Pháp luật"), each a link the user can
 * open; the raw source text (URLs, quotations) stays in the edit form.
 */
export function SourceLine({ source }: { source: string }) {
  const { rt, lang } = useRegistryText();
  const links = sourceLinks(source);
  if (links.length === 0) return null;
  return (
    <div className="registry-source small muted" data-testid="reg-source">
      {rt('sourceShort')}:{' '}
      {links.map((s, i) => {
        const name = lang === 'en' ? s.nameEn : s.name;
        return (
          <span key={`${s.name}-${i}`}>
            {i > 0 ? ', ' : null}
            {s.url ? (
              <a href={s.url} target="_blank" rel="noreferrer" title={rt('openSource', { name })}>
                {name}
              </a>
            ) : (
              name
            )}
          </span>
        );
      })}
    </div>
  );
}
