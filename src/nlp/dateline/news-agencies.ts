/** Agency names that appear alone in parentheses in datelines ("WASHINGTON (Reuters) -"). Lower-case. */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  'ap', 'afp', 'reuters', 'reuter', 'efe', 'dpa', 'ansa', 'upi', 'xinhua', 'tass', 'itar-tass', 'interfax', 'irna',
  'bernama', 'kyodo', 'yonhap', 'pti', 'ians', 'anadolu', 'aa', 'ria novosti', 'sputnik', 'cnn', 'bbc', 'kuna', 'wam',
  'spa', 'mena', 'qna', 'petra', 'akipress', 'trend', 'kazinform', 'asia-plus', 'fergana', 'ntv', 'acan-efe', 'telam',
  'prensa latina', 'notimex', 'ips', 'aki', 'apa', 'bna', 'nna', 'sana', 'kna', 'ani', 'ptv', 'app', 'dawn', 'efe-acan',
]);
