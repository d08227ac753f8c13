/** Phrases around a number that qualify it ("at least nine", "50 or more"). Lower-case words. */
import type { FigureQualifier } from '../../core/types.ts';

export interface QualifierPhrase {
  words: readonly string[];
  qualifier: Exclude<FigureQualifier, 'exact' | 'range'>;
}

/** Before the number. Longest phrases first. */
export const PREFIX_QUALIFIERS: readonly QualifierPhrase[] = [
  { words: ['no', 'fewer', 'than'], qualifier: 'at_least' },
  { words: ['no', 'less', 'than'], qualifier: 'at_least' },
  { words: ['not', 'less', 'than'], qualifier: 'at_least' },
  { words: ['not', 'fewer', 'than'], qualifier: 'at_least' },
  { words: ['a', 'minimum', 'of'], qualifier: 'at_least' },
  { words: ['at', 'least'], qualifier: 'at_least' },
  { words: ['no', 'more', 'than'], qualifier: 'at_most' },
  { words: ['not', 'more', 'than'], qualifier: 'at_most' },
  { words: ['a', 'maximum', 'of'], qualifier: 'at_most' },
  { words: ['at', 'most'], qualifier: 'at_most' },
  { words: ['fewer', 'than'], qualifier: 'at_most' },
  { words: ['less', 'than'], qualifier: 'at_most' },
  { words: ['just', 'under'], qualifier: 'about' },
  { words: ['under'], qualifier: 'at_most' },
  { words: ['more', 'than'], qualifier: 'more_than' },
  { words: ['in', 'excess', 'of'], qualifier: 'more_than' },
  { words: ['upwards', 'of'], qualifier: 'more_than' },
  { words: ['just', 'over'], qualifier: 'more_than' },
  { words: ['well', 'over'], qualifier: 'more_than' },
  { words: ['over'], qualifier: 'more_than' },
  { words: ['above'], qualifier: 'more_than' },
  { words: ['as', 'many', 'as'], qualifier: 'up_to' },
  { words: ['as', 'much', 'as'], qualifier: 'up_to' },
  { words: ['up', 'to'], qualifier: 'up_to' },
  { words: ['an', 'estimated'], qualifier: 'about' },
  { words: ['an', 'approximate'], qualifier: 'about' },
  { words: ['close', 'to'], qualifier: 'about' },
  { words: ['approximately'], qualifier: 'about' },
  { words: ['approx'], qualifier: 'about' },
  { words: ['roughly'], qualifier: 'about' },
  { words: ['about'], qualifier: 'about' },
  { words: ['around'], qualifier: 'about' },
  { words: ['nearly'], qualifier: 'about' },
  { words: ['almost'], qualifier: 'about' },
  { words: ['some'], qualifier: 'about' },
  { words: ['estimated'], qualifier: 'about' },
  { words: ['circa'], qualifier: 'about' },
];

/** After the number. */
export const SUFFIX_QUALIFIERS: readonly QualifierPhrase[] = [
  { words: ['or', 'more'], qualifier: 'at_least' },
  { words: ['or', 'over'], qualifier: 'at_least' },
  { words: ['or', 'so'], qualifier: 'about' },
  { words: ['or', 'fewer'], qualifier: 'at_most' },
  { words: ['or', 'less'], qualifier: 'at_most' },
  { words: ['plus'], qualifier: 'at_least' },
  { words: ['+'], qualifier: 'at_least' },
];
