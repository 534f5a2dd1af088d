// Opens a store the way an app instance does at start, for the test that starts several at once.
// Prints how many migrations this process applied, as JSON on stdout.
import { createStore, type CreateStoreConfig } from "@/lib/store/store";
import { recordsMigration } from "@/lib/store/testing/backends";

const config = JSON.parse(process.argv[2] ?? "null") as CreateStoreConfig;
let applied = 0;
const store = await createStore(config, {
  autoPurge: false,
  onQuery: (text) => {
    if (recordsMigration(text)) applied += 1;
  },
});
await store.close();
console.log(JSON.stringify({ applied }));
