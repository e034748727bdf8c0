// What the sidebar sends to change the team it filters by, checked on the server: the client is not trusted.

import * as z from 'zod/mini';
import { CELL_LIMIT } from './payload';

/** ALL_TEAMS, NO_TEAM or a team's name as the list offered it (a name was read from a cell, so it fits in one). */
export const teamChoiceSchema = z
  .string()
  .check(z.maxLength(CELL_LIMIT, 'That team name is longer than a cell holds.'));
