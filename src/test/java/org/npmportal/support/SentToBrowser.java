package org.npmportal.support;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.DataGenerator;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a browserless test's UI would send to the browser, for tests that promise something never reaches it
 * (a blind round's names, another person's registration): every text, attribute and property of every
 * element, and the data rows of grids, hidden columns included.
 */
public final class SentToBrowser {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SentToBrowser() {
    }

    /**
     * Every text, attribute and property of every element of the current UI, one per line. Views hang below
     * the UI's wrapper element, which is not among the UI element's children, so both are walked.
     */
    public static String elements() {
        List<String> shown = new ArrayList<>();
        collect(UI.getCurrent().getElement(), shown);
        collect(UI.getCurrent().wrapperElement, shown);
        return String.join("\n", shown);
    }

    /**
     * The JSON of every row of the grid as its data generators write it for the browser, including the
     * values of hidden columns: hiding a column does not stop its values from being sent.
     */
    @SuppressWarnings("unchecked")
    public static <T> String rows(Grid<T> grid) {
        DataGenerator<T> generator;
        try {
            var field = Grid.class.getDeclaredField("gridDataGenerator");
            field.setAccessible(true);
            generator = (DataGenerator<T>) field.get(grid);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Grid keeps its data generator elsewhere in this Vaadin version", e);
        }
        List<String> rows = new ArrayList<>();
        grid.getGenericDataView().getItems().forEach(item -> {
            ObjectNode json = JSON.createObjectNode();
            generator.generateData(item, json);
            rows.add(json.toString());
        });
        return String.join("\n", rows);
    }

    private static void collect(Element element, List<String> shown) {
        shown.add(element.getText());
        element.getAttributeNames().forEach(name -> shown.add(element.getAttribute(name)));
        element.getPropertyNames().forEach(name -> shown.add(String.valueOf(element.getPropertyRaw(name))));
        element.getChildren().forEach(child -> collect(child, shown));
    }
}
