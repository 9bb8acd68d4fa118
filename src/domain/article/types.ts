/** The article JSON contract: other tools read these field names, keep them stable. */
export type BlockType = 'heading' | 'paragraph' | 'caption';

export interface Block {
  type: BlockType;
  text: string;
}

export type EntityType = 'official' | 'organization' | 'figure' | 'date' | 'document';

export const ENTITY_TYPES: readonly EntityType[] = [
  'official',
  'organization',
  'figure',
  'date',
  'document',
];

/**
 * One mention in one block. `start`/`end` are UTF-16 offsets into `blocks[block].text` and
 * `text === blocks[block].text.slice(start, end)`.
 * - official: `name` is the person's full name (later short mentions such as "ông Hải" carry the
 *   full name of the first mention, so the name is the person id); `role` the title beside it or null.
 * - figure: `value` is the parsed number (Vietnamese separators, multipliers applied).
 */
export interface Entity {
  type: EntityType;
  block: number;
  start: number;
  end: number;
  text: string;
  name?: string;
  role?: string | null;
  value?: number;
}

/** A mention in the article's title: the same fields as `Entity`, offsets into `title`, no block. */
export type TitleEntity = Omit<Entity, 'block'>;

export interface Article {
  id: string;
  title: string;
  published: string | null;
  source: string | null;
  byline: string | null;
  /** Where the article was first published, when known. */
  url?: string | null;
  lang: 'vi';
  blocks: Block[];
  entities: Entity[];
  /**
   * Mentions in the title (optional: articles made before it existed have none). People are linked
   * across title and body: a name in the title and in the text is one person.
   */
  titleEntities?: TitleEntity[];
}

export interface ArticleCounts {
  blocks: number;
  words: number;
  entities: number;
  officials: number;
}

/** One row of `index.json`. */
export interface ArticleSummary {
  id: string;
  title: string;
  published: string | null;
  source: string | null;
  counts: ArticleCounts;
}

export interface ArticleIndex {
  articles: ArticleSummary[];
}
