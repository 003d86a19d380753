import { Connection } from '../../graphql/pagination/connection.types.js';
import { Statement } from './statement.entity.js';

export const StatementConnection = Connection(Statement, 'Statement');
