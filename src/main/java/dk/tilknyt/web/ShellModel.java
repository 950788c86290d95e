package dk.tilknyt.web;

import java.net.URI;
import java.util.Map;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the layout needs on every page (Thymeleaf 3.1 no longer exposes the request): which nav item
 * is active, for {@code aria-current}, and the current page's address in each language, so switching
 * language keeps the page and its filters.
 */
final class ShellModel implements HandlerInterceptor {

    /** Nav sections by path prefix (a person page belongs under staff). */
    private static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("/admin/users", "users"),
            Map.entry("/admin/audit", "audit"),
            Map.entry("/org", "org"),
            Map.entry("/staff", "staff"),
            Map.entry("/people", "staff"),
            Map.entry("/me", "me"),
            Map.entry("/keyfigures", "keyfigures"),
            Map.entry("/imports", "imports"),
            Map.entry("/recruitment", "recruitment"),
            Map.entry("/inbox", "inbox"),
            Map.entry("/conversations", "inbox"),
            Map.entry("/rosters", "rosters"),
            Map.entry("/my", "myroster"));

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (modelAndView != null && modelAndView.getViewName() != null
                && !modelAndView.getViewName().startsWith("redirect:")) {
            addTo(modelAndView, request);
        }
    }

    static void addTo(ModelAndView page, HttpServletRequest request) {
        page.addObject("activeNav", section(request.getRequestURI().substring(request.getContextPath().length())));
        page.addObject("langDa", languageUrl(request, "da"));
        page.addObject("langEn", languageUrl(request, "en"));
    }

    static String section(String path) {
        if (path.isEmpty() || "/".equals(path)) {
            return "home";
        }
        for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
            if (path.equals(section.getKey()) || path.startsWith(section.getKey() + "/")) {
                return section.getValue();
            }
        }
        return null;
    }

    /**
     * This page in the other language. A page rendered by a POST (a form with errors) has no address of its
     * own, so the switch leads back to the page the form was on, or home.
     */
    private static String languageUrl(HttpServletRequest request, String language) {
        if (!"GET".equals(request.getMethod())) {
            return formPage(request, language);
        }
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!"lang".equals(name)) {
                url.queryParam(name, (Object[]) values);
            }
        });
        return url.queryParam("lang", language).build().encode().toUriString();
    }

    private static String formPage(HttpServletRequest request, String language) {
        String path = request.getContextPath() + "/";
        String query = "";
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (uri.getRawPath() != null && (uri.getHost() == null || uri.getHost().equals(request.getServerName()))) {
                    path = uri.getRawPath();
                    query = uri.getRawQuery() == null ? ""
                            : uri.getRawQuery().replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed Referer: back to home
            }
        }
        return path + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + language;
    }
}
