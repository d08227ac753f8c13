/**
 * The shape of one actor in the registry. The registry's data modules in this folder
 * hold values of this shape only; the code that applies them lives in `src/extract/actors`.
 */

export type ActorEntryKind =
  | 'armed_group'
  | 'state_body'
  | 'media'
  | 'group_media'
  | 'international_org'
  | 'political_party';

export interface ActorEntry {
  /** Stable kebab-case id, e.g. `islamic-state-khorasan`. */
  id: string;
  /** Canonical display name, e.g. "Islamic State". */
  name: string;
  kind: ActorEntryKind;
  /**
   * Other spellings: acronyms, transliterations, names in other scripts. The canonical
   * name always matches too, so it need not be repeated here. An alias written wholly in
   * upper case (letters, digits, hyphens, dots) is an acronym.
   */
  aliases: string[];
  /** Id of the mother organisation: a group's media channel, a province or wing. */
  parent?: string;
  /** ISO 3166-1 alpha-2, for state bodies, national media and national groups. */
  country?: string;
  /**
   * Acronyms that are common words or name other things ("IS", "ERP", "FAR"). `true`
   * marks every acronym alias of the entry; a list marks only those acronyms. Such an
   * acronym matches only under the rules of `findActorMentions`.
   */
  acronymAmbiguous?: boolean | string[];
}

/** An entry as written in a region or kind module, before its kind is set. */
export type ActorRow = Omit<ActorEntry, 'kind'>;
