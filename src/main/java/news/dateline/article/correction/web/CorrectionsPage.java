package news.dateline.article.correction.web;

import java.util.List;

import news.dateline.article.correction.CorrectionNote;

/** The /corrections page: notes newest first, each with its article's headline and address. */
public record CorrectionsPage(List<Item> items, String newerUrl, String olderUrl) {

    public record Item(CorrectionNote note, String headline, String articleUrl) {
    }
}
