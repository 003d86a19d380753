import { Connection } from '../../graphql/pagination/connection.types.js';
import { Country } from './country.entity.js';

export const CountryConnection = Connection(Country, 'Country');
