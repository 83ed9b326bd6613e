-- The generated signing keys serve more than the meter now (newsletter links too).
alter table access_secret rename to shared_secret;
