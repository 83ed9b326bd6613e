-- Fixed-window counters for rate limits (sign-in, registration, codes, resets), shared by every app node.
create table rate_limit_window (
    bucket       text        not null,
    window_start timestamptz not null,
    hits         int         not null,
    primary key (bucket, window_start)
);
create index rate_limit_window_start on rate_limit_window (window_start);
