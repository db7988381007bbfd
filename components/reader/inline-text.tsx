// Renders parsed inline markup. React escapes every text node, so no markup becomes HTML.
import type { Locale } from '@/i18n/locales';
import type { InlineNode } from '@/lib/content/inline';
import { formatFigure } from '@/lib/figures/format';
import type { Figure } from '@/lib/figures/types';

interface Props {
  nodes: InlineNode[];
  figures: Record<string, Figure>;
  locale: Locale;
}

export function InlineText({ nodes, figures, locale }: Props) {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'em':
        return (
          <em key={i}>
            <InlineText nodes={node.children} figures={figures} locale={locale} />
          </em>
        );
      case 'link': {
        const external = /^https?:/i.test(node.href);
        return (
          <a key={i} href={node.href} {...(external ? { rel: 'noopener noreferrer' } : {})}>
            <InlineText nodes={node.children} figures={figures} locale={locale} />
          </a>
        );
      }
      case 'figure': {
        const figure = figures[node.key];
        // References are checked on save, so a missing figure means data was changed by hand:
        // show the key rather than a silent blank.
        if (!figure) return <mark key={i}>[{node.key}]</mark>;
        return (
          <data key={i} value={figure.valueHigh == null ? figure.value : `${figure.value}-${figure.valueHigh}`} className="figure" data-figure={node.key}>
            {formatFigure(figure, locale, node.style)}
          </data>
        );
      }
    }
  });
}
