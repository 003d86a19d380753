import { Connection } from '../../graphql/pagination/connection.types.js';
import { Person } from './person.entity.js';

export const PersonConnection = Connection(Person, 'Person');
