// The migrations, in order. `npm run migration:generate -- <Name>` appends to this list.
import { Init1795803545940 } from './1795803545940-Init.js';
export const migrations: Function[] = [
  Init1795803545940,
];
