import { Connection } from '../../graphql/pagination/connection.types.js';
import { Initiative } from './initiative.entity.js';

export const InitiativeConnection = Connection(Initiative, 'Initiative');
