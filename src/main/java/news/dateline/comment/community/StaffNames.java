package news.dateline.comment.community;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import news.dateline.member.Member;
import news.dateline.member.Members;
import org.springframework.stereotype.Component;

/** The names of the people who changed the community settings, for the logs on the newsroom's pages. */
@Component
class StaffNames {

    static final String UNKNOWN = "(unknown)";

    private final Members members;

    StaffNames(Members members) {
        this.members = members;
    }

    /** A name for each id; the shipped defaults and removed accounts have none and read "(unknown)". */
    Map<Long, String> of(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        ids.stream().filter(Objects::nonNull).distinct().forEach(id ->
                names.put(id, members.find(id).map(Member::displayName).orElse(UNKNOWN)));
        return names;
    }

    static String name(Map<Long, String> names, Long id) {
        return id == null ? UNKNOWN : names.getOrDefault(id, UNKNOWN);
    }
}
