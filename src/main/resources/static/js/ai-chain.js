// The AI panel: a capability's chain (<ol data-chain-order="url">, one <li data-link="key"> a link) is
// reordered by dragging. The new order is sent as edit=order with each link in order, and the page reloads
// to show the saved chain and its toast. The Up and Down buttons do the same one step at a time, by keyboard.
(function () {
    'use strict';

    if (window.MediaPatchChainDrag) {
        return;
    }
    window.MediaPatchChainDrag = true;

    var dragged = null;
    var before = null;

    function linksOf(list) {
        return Array.prototype.map.call(list.querySelectorAll('li[data-link]'), function (item) { return item.dataset.link; });
    }

    function prepare(root) {
        root.querySelectorAll('ol[data-chain-order] > li[data-link]').forEach(function (item) {
            item.draggable = true;
        });
    }

    function save(list, order) {
        var csrf = document.getElementById('csrf');
        var body = new URLSearchParams();
        body.append('edit', 'order');
        order.forEach(function (link) { body.append('order', link); });
        var headers = {};
        headers[csrf.dataset.header] = csrf.dataset.token;
        // The answer is a redirect to the panel; reloading shows it with the toast the redirect carries.
        fetch(list.dataset.chainOrder, {method: 'POST', headers: headers, body: body, redirect: 'manual', credentials: 'same-origin'})
            .then(function () { window.location.reload(); });
    }

    document.addEventListener('dragstart', function (event) {
        var item = event.target.closest && event.target.closest('ol[data-chain-order] > li[data-link]');
        if (!item) {
            return;
        }
        dragged = item;
        before = linksOf(item.parentNode).join(' ');
        item.classList.add('ai-chain__link--dragged');
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', item.dataset.link);
    });

    document.addEventListener('dragover', function (event) {
        var over = dragged && event.target.closest && event.target.closest('li[data-link]');
        if (!over || over.parentNode !== dragged.parentNode) {
            return;
        }
        event.preventDefault();
        if (over !== dragged) {
            var box = over.getBoundingClientRect();
            over.parentNode.insertBefore(dragged, event.clientY > box.top + box.height / 2 ? over.nextSibling : over);
        }
    });

    document.addEventListener('drop', function (event) {
        if (dragged) {
            event.preventDefault();
        }
    });

    document.addEventListener('dragend', function () {
        if (!dragged) {
            return;
        }
        var list = dragged.parentNode;
        dragged.classList.remove('ai-chain__link--dragged');
        dragged = null;
        var order = linksOf(list);
        if (order.join(' ') !== before) {
            save(list, order);
        }
    });

    prepare(document);
    document.addEventListener('htmx:afterSettle', function (event) { prepare(event.target); });
})();
