// The migrations, in order. `npm run migration:generate -- <Name>` appends to this list.
import { OrganizationNameSeat1795809700000 } from './1795809700000-OrganizationNameSeat.js';
import { ArticleByline1796120636305 } from './1796120636305-ArticleByline.js';
import { FullTextSearch1795804470767 } from './1795804470767-FullTextSearch.js';
import { ApiKeysAndAudit1795804194419 } from './1795804194419-ApiKeysAndAudit.js';
import { Init1795803545940 } from './1795803545940-Init.js';
import { NameKeys1795806000000 } from './1795806000000-NameKeys.js';
import { NameWords1795807500000 } from './1795807500000-NameWords.js';
import { EntityArticle1795808000000 } from './1795808000000-EntityArticle.js';
import { SpeakerStat1795808100000 } from './1795808100000-SpeakerStat.js';
import { RateLimit1795808900000 } from './1795808900000-RateLimit.js';
import { IngestJobs1795809000000 } from './1795809000000-IngestJobs.js';
export const migrations: Function[] = [
  Init1795803545940,
  ApiKeysAndAudit1795804194419,
  FullTextSearch1795804470767,
  NameKeys1795806000000,
  NameWords1795807500000,
  EntityArticle1795808000000,
  SpeakerStat1795808100000,
  RateLimit1795808900000,
  IngestJobs1795809000000,
  OrganizationNameSeat1795809700000,
  ArticleByline1796120636305,
];
