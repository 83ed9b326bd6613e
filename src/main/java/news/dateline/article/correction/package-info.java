/**
 * Public notes on published articles.
 * <ul>
 * <li><b>correction</b>: puts right a fact that was wrong; <b>clarification</b>: adds what was missing or unclear.
 * Both are "notes" here; not "erratum" or "amendment".</li>
 * <li><b>withdrawal</b>: taking a note back; kept on the note (who, when, why) and in the article's history. A
 * note is never deleted (a trigger refuses it).</li>
 * </ul>
 * Readers see notes at the article's foot, in its JSON-LD ({@code correction}: CorrectionComment), in feeds, in the
 * content API and on {@code /corrections}.
 */
@org.springframework.modulith.NamedInterface("correction")
package news.dateline.article.correction;
