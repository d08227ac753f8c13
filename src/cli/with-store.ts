/** Open the store the settings name, run one command's work on it, and close it whatever happens. */
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import type { CommandContext } from './main.ts';

export async function withStore<T>(ctx: CommandContext, db: string | undefined, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ db: ctx.settings({ db }).db });
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}
