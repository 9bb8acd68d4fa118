/** A role held over the dates of the articles that give it. */
export interface RoleSpan {
  role: string;
  /** Earliest and latest publication date among those articles (null when none is dated). */
  from: string | null;
  to: string | null;
  articles: number;
}

/** One article that mentions a person, with the sentence of its first mention. */
export interface PersonMention {
  articleId: string;
  title: string;
  published: string | null;
  source: string | null;
  role: string | null;
  sentence: string;
}

export interface Person {
  /** The address of the person's page: /people/<slug>. */
  slug: string;
  name: string;
  /** Provinces their roles name (what tells namesakes apart). */
  places: string[];
  /** Role history, oldest first; undated roles last. */
  roles: RoleSpan[];
  /** Newest first; undated last. */
  mentions: PersonMention[];
}

/** A row of the /people list. */
export interface PersonSummary {
  slug: string;
  name: string;
  places: string[];
  roles: RoleSpan[];
  articles: number;
}

/** Everyone sharing one full name: the file people/n/<nameSlug>.json. */
export interface NameGroup {
  name: string;
  persons: Person[];
}
