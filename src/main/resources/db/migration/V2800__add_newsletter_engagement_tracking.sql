-- Whether a reader lets newsletters count their opens (a tracking image) and clicks (signed redirects). Off unless
-- the reader turns it on: under the ePrivacy rules an open pixel reads the reader's device and needs consent, so
-- consent is never presumed (README, "Newsletter engagement").
alter table newsletter_subscriber add column engagement_tracked boolean not null default false;
