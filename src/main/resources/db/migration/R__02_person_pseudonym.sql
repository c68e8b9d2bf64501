-- People counted once (the figure catalogue's DistinctPeople figures) are counted by a salted hash of their
-- pseudonymous reference, never the reference, so that a disposed record's people still count while its
-- references are erased. The salt is this database's own (pseudonym_salt, made by V17).
create or replace function person_pseudonym(reference text) returns text language sql stable as $$
    select encode(sha256(convert_to((select salt from pseudonym_salt) || reference, 'UTF8')), 'hex')
$$;
