package news.dateline.member;

/** What a mailed one-time token lets its holder do. */
enum TokenPurpose {
    VERIFY_EMAIL, SIGN_IN, RESET_PASSWORD, CHANGE_EMAIL
}
