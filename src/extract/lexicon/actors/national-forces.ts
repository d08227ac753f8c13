/**
 * Countries and body templates from which country-specific state bodies are generated:
 * "salvadoran army", "interior ministry of tajikistan", "tajikistan's interior ministry".
 * `{d}` is a demonym, `{c}` a country name. The generated id is `<iso2>-<key>`.
 */

export interface NationalCountry {
  iso2: string;
  /** Display name used in canonical names. */
  country: string;
  /** Display demonym used in canonical names. */
  demonym: string;
  /** Further spellings of the country name (lower case is fine). */
  names: string[];
  /** Further demonyms. */
  demonyms: string[];
}

export interface NationalBodyTemplate {
  key: string;
  /** Canonical name; `{C}` country, `{D}` demonym. */
  name: string;
  patterns: string[];
  /** Key of the body of the same country it belongs to. */
  parentKey?: string;
  /** Id of the generic body, used as parent when `parentKey` is absent. */
  genericParent?: string;
}

export const NATIONAL_COUNTRIES: NationalCountry[] = [
  { iso2: 'SV', country: 'El Salvador', demonym: 'Salvadoran', names: [], demonyms: ['salvadorean', 'salvadoreño', 'salvadoreno'] },
  { iso2: 'GT', country: 'Guatemala', demonym: 'Guatemalan', names: [], demonyms: ['guatemalteco'] },
  { iso2: 'HN', country: 'Honduras', demonym: 'Honduran', names: [], demonyms: ['hondureño'] },
  { iso2: 'NI', country: 'Nicaragua', demonym: 'Nicaraguan', names: [], demonyms: [] },
  { iso2: 'CO', country: 'Colombia', demonym: 'Colombian', names: [], demonyms: ['colombiano'] },
  { iso2: 'PE', country: 'Peru', demonym: 'Peruvian', names: ['perú'], demonyms: ['peruano'] },
  { iso2: 'BO', country: 'Bolivia', demonym: 'Bolivian', names: [], demonyms: [] },
  { iso2: 'CL', country: 'Chile', demonym: 'Chilean', names: [], demonyms: [] },
  { iso2: 'EC', country: 'Ecuador', demonym: 'Ecuadorian', names: [], demonyms: ['ecuadorean'] },
  { iso2: 'VE', country: 'Venezuela', demonym: 'Venezuelan', names: [], demonyms: [] },
  { iso2: 'AR', country: 'Argentina', demonym: 'Argentine', names: [], demonyms: ['argentinian'] },
  { iso2: 'BR', country: 'Brazil', demonym: 'Brazilian', names: [], demonyms: [] },
  { iso2: 'MX', country: 'Mexico', demonym: 'Mexican', names: ['méxico'], demonyms: [] },
  { iso2: 'PA', country: 'Panama', demonym: 'Panamanian', names: [], demonyms: [] },
  { iso2: 'CU', country: 'Cuba', demonym: 'Cuban', names: [], demonyms: [] },
  { iso2: 'US', country: 'the United States', demonym: 'US', names: ['united states', 'u.s.', 'usa'], demonyms: ['american', 'u.s.', 'us'] },
  { iso2: 'GB', country: 'the United Kingdom', demonym: 'British', names: ['united kingdom', 'britain', 'uk'], demonyms: ['uk'] },
  { iso2: 'FR', country: 'France', demonym: 'French', names: [], demonyms: [] },
  { iso2: 'DE', country: 'Germany', demonym: 'German', names: [], demonyms: [] },
  { iso2: 'ES', country: 'Spain', demonym: 'Spanish', names: [], demonyms: [] },
  { iso2: 'IT', country: 'Italy', demonym: 'Italian', names: [], demonyms: [] },
  { iso2: 'GR', country: 'Greece', demonym: 'Greek', names: [], demonyms: [] },
  { iso2: 'TR', country: 'Turkey', demonym: 'Turkish', names: ['türkiye', 'turkiye'], demonyms: [] },
  { iso2: 'RU', country: 'Russia', demonym: 'Russian', names: ['russian federation', 'россия', 'рф'], demonyms: ['российский', 'российская'] },
  { iso2: 'UA', country: 'Ukraine', demonym: 'Ukrainian', names: ['украина'], demonyms: [] },
  { iso2: 'BY', country: 'Belarus', demonym: 'Belarusian', names: [], demonyms: [] },
  { iso2: 'TJ', country: 'Tajikistan', demonym: 'Tajik', names: ['таджикистан', 'тоҷикистон', 'tojikiston'], demonyms: ['tajikistani'] },
  { iso2: 'KZ', country: 'Kazakhstan', demonym: 'Kazakh', names: ['казахстан', 'қазақстан'], demonyms: ['kazakhstani'] },
  { iso2: 'KG', country: 'Kyrgyzstan', demonym: 'Kyrgyz', names: ['кыргызстан', 'киргизия', 'kyrgyz republic'], demonyms: [] },
  { iso2: 'UZ', country: 'Uzbekistan', demonym: 'Uzbek', names: ['узбекистан', 'oʻzbekiston'], demonyms: [] },
  { iso2: 'TM', country: 'Turkmenistan', demonym: 'Turkmen', names: ['туркменистан'], demonyms: [] },
  { iso2: 'AZ', country: 'Azerbaijan', demonym: 'Azerbaijani', names: [], demonyms: ['azeri'] },
  { iso2: 'AM', country: 'Armenia', demonym: 'Armenian', names: [], demonyms: [] },
  { iso2: 'GE', country: 'Georgia', demonym: 'Georgian', names: [], demonyms: [] },
  { iso2: 'AF', country: 'Afghanistan', demonym: 'Afghan', names: ['افغانستان'], demonyms: [] },
  { iso2: 'PK', country: 'Pakistan', demonym: 'Pakistani', names: ['پاکستان'], demonyms: [] },
  { iso2: 'IN', country: 'India', demonym: 'Indian', names: [], demonyms: [] },
  { iso2: 'BD', country: 'Bangladesh', demonym: 'Bangladeshi', names: [], demonyms: [] },
  { iso2: 'LK', country: 'Sri Lanka', demonym: 'Sri Lankan', names: [], demonyms: [] },
  { iso2: 'NP', country: 'Nepal', demonym: 'Nepalese', names: [], demonyms: ['nepali'] },
  { iso2: 'IR', country: 'Iran', demonym: 'Iranian', names: ['ایران'], demonyms: [] },
  { iso2: 'IQ', country: 'Iraq', demonym: 'Iraqi', names: ['العراق'], demonyms: [] },
  { iso2: 'SY', country: 'Syria', demonym: 'Syrian', names: ['سوريا'], demonyms: [] },
  { iso2: 'LB', country: 'Lebanon', demonym: 'Lebanese', names: [], demonyms: [] },
  { iso2: 'IL', country: 'Israel', demonym: 'Israeli', names: [], demonyms: [] },
  { iso2: 'JO', country: 'Jordan', demonym: 'Jordanian', names: [], demonyms: [] },
  { iso2: 'SA', country: 'Saudi Arabia', demonym: 'Saudi', names: [], demonyms: [] },
  { iso2: 'YE', country: 'Yemen', demonym: 'Yemeni', names: [], demonyms: [] },
  { iso2: 'EG', country: 'Egypt', demonym: 'Egyptian', names: ['مصر'], demonyms: [] },
  { iso2: 'LY', country: 'Libya', demonym: 'Libyan', names: [], demonyms: [] },
  { iso2: 'TN', country: 'Tunisia', demonym: 'Tunisian', names: [], demonyms: [] },
  { iso2: 'DZ', country: 'Algeria', demonym: 'Algerian', names: [], demonyms: [] },
  { iso2: 'MA', country: 'Morocco', demonym: 'Moroccan', names: [], demonyms: [] },
  { iso2: 'NG', country: 'Nigeria', demonym: 'Nigerian', names: [], demonyms: [] },
  { iso2: 'NE', country: 'Niger', demonym: 'Nigerien', names: [], demonyms: [] },
  { iso2: 'ML', country: 'Mali', demonym: 'Malian', names: [], demonyms: [] },
  { iso2: 'BF', country: 'Burkina Faso', demonym: 'Burkinabe', names: [], demonyms: ['burkinabè'] },
  { iso2: 'TD', country: 'Chad', demonym: 'Chadian', names: [], demonyms: [] },
  { iso2: 'CM', country: 'Cameroon', demonym: 'Cameroonian', names: [], demonyms: [] },
  { iso2: 'SO', country: 'Somalia', demonym: 'Somali', names: [], demonyms: [] },
  { iso2: 'KE', country: 'Kenya', demonym: 'Kenyan', names: [], demonyms: [] },
  { iso2: 'ET', country: 'Ethiopia', demonym: 'Ethiopian', names: [], demonyms: [] },
  { iso2: 'SD', country: 'Sudan', demonym: 'Sudanese', names: [], demonyms: [] },
  { iso2: 'CD', country: 'DR Congo', demonym: 'Congolese', names: ['democratic republic of the congo', 'drc'], demonyms: [] },
  { iso2: 'UG', country: 'Uganda', demonym: 'Ugandan', names: [], demonyms: [] },
  { iso2: 'MZ', country: 'Mozambique', demonym: 'Mozambican', names: [], demonyms: [] },
  { iso2: 'PH', country: 'the Philippines', demonym: 'Philippine', names: ['philippines'], demonyms: ['filipino'] },
  { iso2: 'ID', country: 'Indonesia', demonym: 'Indonesian', names: [], demonyms: [] },
  { iso2: 'TH', country: 'Thailand', demonym: 'Thai', names: [], demonyms: [] },
  { iso2: 'MM', country: 'Myanmar', demonym: 'Myanmar', names: ['burma'], demonyms: ['burmese'] },
  { iso2: 'CN', country: 'China', demonym: 'Chinese', names: [], demonyms: [] },
];

export const NATIONAL_BODY_TEMPLATES: NationalBodyTemplate[] = [
  { key: 'armed-forces', name: '{D} Armed Forces', genericParent: 'armed-forces', patterns: ['{d} armed forces', '{d} military', 'armed forces of {c}', "{c}'s armed forces", '{c} armed forces', 'fascist {d} armed forces'] },
  { key: 'army', name: '{D} Army', parentKey: 'armed-forces', patterns: ['{d} army', 'army of {c}', "{c}'s army", '{d} army troops', '{d} troops', '{d} soldiers'] },
  { key: 'air-force', name: '{D} Air Force', parentKey: 'armed-forces', patterns: ['{d} air force', 'air force of {c}'] },
  { key: 'navy', name: '{D} Navy', parentKey: 'armed-forces', patterns: ['{d} navy'] },
  { key: 'police', name: '{D} Police', genericParent: 'police', patterns: ['{d} police', '{d} national police', 'national police of {c}', '{c} police', "{c}'s police"] },
  { key: 'interior-ministry', name: 'Interior Ministry of {C}', genericParent: 'interior-ministry', patterns: ['{d} interior ministry', '{c} interior ministry', "{c}'s interior ministry", 'interior ministry of {c}', 'ministry of interior of {c}', 'ministry of internal affairs of {c}', '{d} ministry of internal affairs', '{d} ministry of the interior', '{d} interior minister'] },
  { key: 'defence-ministry', name: 'Defence Ministry of {C}', genericParent: 'defence-ministry', patterns: ['{d} defence ministry', '{d} defense ministry', "{c}'s defence ministry", "{c}'s defense ministry", 'defence ministry of {c}', 'defense ministry of {c}', 'ministry of defense of {c}', 'ministry of defence of {c}', '{d} ministry of defense', '{d} ministry of defence', '{d} defense minister', '{d} defence minister'] },
  { key: 'foreign-ministry', name: 'Foreign Ministry of {C}', genericParent: 'foreign-ministry', patterns: ['{d} foreign ministry', "{c}'s foreign ministry", 'foreign ministry of {c}', '{d} ministry of foreign affairs', '{d} foreign minister'] },
  { key: 'government', name: 'Government of {C}', genericParent: 'government', patterns: ['{d} government', 'government of {c}', "{c}'s government", '{d} authorities', '{d} officials', '{d} regime'] },
  { key: 'security-forces', name: '{D} security forces', genericParent: 'security-forces', patterns: ['{d} security forces', '{d} security services', '{d} intelligence', '{d} special services'] },
  { key: 'border-guards', name: '{D} border guards', genericParent: 'border-guards', patterns: ['{d} border guards', '{d} border troops', '{d} border service', '{d} border police'] },
  { key: 'prosecutors', name: "{D} prosecutor general's office", genericParent: 'prosecutors', patterns: ['{d} prosecutors', '{d} prosecutor general', "{d} prosecutor general's office", "{d} prosecutor's office", '{d} attorney general'] },
];
