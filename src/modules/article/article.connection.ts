import { Connection } from '../../graphql/pagination/connection.types.js';
import { Article } from './article.entity.js';

export const ArticleConnection = Connection(Article, 'Article');
