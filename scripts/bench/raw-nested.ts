/**
 * The floor for `npm run bench:compare`: a bare HTTP handler that answers the nested
 * query (10 newest articles -> statements -> speaker: a Person with its organization,
 * or an Organization) with one SQL statement in which PostgreSQL builds the JSON.
 * No GraphQL, no validation, no auth: what one round trip to the database costs.
 * Environment: DATABASE_URL, PORT (127.0.0.1 only).
 */
import http from 'node:http';
import pg from 'pg';

const NESTED_SQL = `
SELECT coalesce(json_agg(json_build_object('id', a.id, 'title', a.title, 'statements', (
  SELECT coalesce(json_agg(json_build_object(
    'id', s.id, 'kind', s.kind, 'text', s.text,
    'speaker', CASE
      WHEN p.id IS NOT NULL THEN json_build_object('__typename', 'Person', 'id', p.id, 'name', p.name,
        'organization', CASE WHEN po.id IS NOT NULL THEN json_build_object('id', po.id, 'name', po.name) END)
      WHEN o.id IS NOT NULL THEN json_build_object('__typename', 'Organization', 'id', o.id, 'name', o.name)
    END) ORDER BY s.start_offset, s.id), '[]')
  FROM statement s
  LEFT JOIN person p ON p.id = s.speaker_person_id
  LEFT JOIN organization po ON po.id = p.organization_id
  LEFT JOIN organization o ON o.id = s.speaker_organization_id
  WHERE s.article_id = a.id)) ORDER BY a.k DESC, a.id DESC), '[]')::text AS nodes
FROM (SELECT id, title, coalesce(published_at, '-infinity'::timestamptz) AS k FROM article ORDER BY k DESC, id DESC LIMIT 10) a`;

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required');
  process.exit(2);
}
const pool = new pg.Pool({ connectionString: url, max: 10 });

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    pool.query(NESTED_SQL).then(
      (result) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`{"data":{"articles":{"nodes":${result.rows[0].nodes}}}}`);
      },
      (error: Error) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: error.message }] }));
      },
    );
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`raw handler listening on ${typeof address === 'object' && address ? address.port : '?'}`);
});
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
