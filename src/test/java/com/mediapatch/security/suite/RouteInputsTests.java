package com.mediapatch.security.suite;

import java.util.List;

import com.mediapatch.security.suite.RouteInputs.Input;
import com.mediapatch.security.suite.RouteInputs.Where;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;

/** The route table's inputs come from the handler's signature, so a new handler's fields are attacked unlisted. */
class RouteInputsTests {

    record ListingForm(String title, String body) {
    }

    record ListingJson(String title, int price) {
    }

    static class ListingsController {
        String search(@PathVariable String area, @RequestParam String q, @RequestParam(name = "sort") String order) {
            return "";
        }

        String publish(@ModelAttribute ListingForm form) {
            return "";
        }

        String publishApi(@RequestBody ListingJson body) {
            return "";
        }
    }

    @Test
    void pathVariablesAndRequestParametersAreInputs() throws Exception {
        assertThat(read(RequestMethod.GET, "/listings/{area}", "search", String.class, String.class, String.class).inputs())
                .containsExactly(new Input(Where.PATH, "area"), new Input(Where.PARAMETER, "q"),
                        new Input(Where.PARAMETER, "sort"));
    }

    @Test
    void everyComponentOfABoundFormRecordIsAnInput() throws Exception {
        assertThat(read(RequestMethod.POST, "/listings", "publish", ListingForm.class).inputs())
                .containsExactly(new Input(Where.PARAMETER, "title"), new Input(Where.PARAMETER, "body"));
    }

    @Test
    void everyComponentOfAJsonBodyRecordIsAnInput() throws Exception {
        RouteInputs route = read(RequestMethod.POST, "/api/v1/listings", "publishApi", ListingJson.class);

        assertThat(route.json()).isTrue();
        assertThat(route.inputs()).isEqualTo(List.of(new Input(Where.JSON, "title"), new Input(Where.JSON, "price")));
    }

    private static RouteInputs read(RequestMethod method, String pattern, String handler, Class<?>... parameters)
            throws NoSuchMethodException {
        return RouteInputs.read(method, pattern,
                new HandlerMethod(new ListingsController(), ListingsController.class.getDeclaredMethod(handler, parameters)));
    }
}
