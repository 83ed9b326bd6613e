-- The editor's photo search ("harbour ferry") looks for every word, as a prefix, in a photo's caption, credit and
-- alt text. The 'simple' configuration keeps names and places unstemmed. PhotoRepository.search repeats this exact
-- expression so PostgreSQL uses the index.
create index photo_words_idx on photo using gin (
    to_tsvector('simple', coalesce(caption, '') || ' ' || coalesce(credit, '') || ' ' || coalesce(alt_text, '')));
