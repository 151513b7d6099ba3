"""Correct answers to the exercises of 03-backprop, written differently from the solution; every
check must accept each one."""

RIGHT_ANSWERS = {
    "forward": {
        "matrix form, returns a 0-d array": """
            def forward(params, x):
                W = np.array([[params["w1"], params["w2"]], [params["w3"], params["w4"]]])
                h = sigmoid(W @ x + np.array([params["b1"], params["b2"]]))
                return np.asarray(sigmoid(np.array([params["w5"], params["w6"]]) @ h + params["b3"]))
        """,
        "loop over the hidden neurons, returns a numpy float": """
            def forward(params, x):
                # no autograd, no jacobian, no np.errstate: comments do not matter to the checks
                a3 = params["b3"]
                for j, w_out in ((1, "w5"), (2, "w6")):
                    a = params[f"w{2 * j - 1}"] * x[0] + params[f"w{2 * j}"] * x[1] + params[f"b{j}"]
                    a3 = a3 + params[w_out] * (1 / (1 + np.exp(-a)))
                return np.float64(1 / (1 + np.exp(-a3)))
        """,
        "math.exp on Python floats, sigmoid written as e^a / (1 + e^a)": """
            def forward(params, x):
                import math
                def logistic(a):
                    return 1 / (1 + math.exp(-a)) if a >= 0 else math.exp(a) / (1 + math.exp(a))
                x1, x2 = float(x[0]), float(x[1])
                h1 = logistic(params["w1"] * x1 + params["w2"] * x2 + params["b1"])
                h2 = logistic(params["w3"] * x1 + params["w4"] * x2 + params["b2"])
                return logistic(params["w5"] * h1 + params["w6"] * h2 + params["b3"])
        """,
        "sigmoid through tanh, returns a 1x1 array's item": """
            def forward(params, x):
                def squash(a):
                    return 0.5 * (1 + np.tanh(a / 2))
                W1 = np.array([[params["w1"], params["w2"]], [params["w3"], params["w4"]]])
                W2 = np.array([[params["w5"], params["w6"]]])
                h = squash(W1 @ x.reshape(2, 1) + np.array([[params["b1"]], [params["b2"]]]))
                return squash(W2 @ h + params["b3"]).item()
        """,
    },
    "backward": {
        "explicit chain-rule products, numpy floats": """
            def backward(params, x, y):
                a1 = params["w1"] * x[0] + params["w2"] * x[1] + params["b1"]
                a2 = params["w3"] * x[0] + params["w4"] * x[1] + params["b2"]
                h1, h2 = sigmoid(a1), sigmoid(a2)
                y_hat = sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"])
                dL_dyhat = y_hat - y
                dyhat_da3 = y_hat * (1 - y_hat)
                dh1_da1, dh2_da2 = h1 * (1 - h1), h2 * (1 - h2)
                out = {}
                out["w5"] = dL_dyhat * dyhat_da3 * h1
                out["w6"] = dL_dyhat * dyhat_da3 * h2
                out["b3"] = dL_dyhat * dyhat_da3 * 1.0
                out["w1"] = dL_dyhat * dyhat_da3 * params["w5"] * dh1_da1 * x[0]
                out["w2"] = dL_dyhat * dyhat_da3 * params["w5"] * dh1_da1 * x[1]
                out["b1"] = dL_dyhat * dyhat_da3 * params["w5"] * dh1_da1
                out["w3"] = dL_dyhat * dyhat_da3 * params["w6"] * dh2_da2 * x[0]
                out["w4"] = dL_dyhat * dyhat_da3 * params["w6"] * dh2_da2 * x[1]
                out["b2"] = dL_dyhat * dyhat_da3 * params["w6"] * dh2_da2
                return {name: np.float64(value) for name, value in out.items()}
        """,
        "vectorised with an outer product, entries as 0-d arrays": """
            def backward(params, x, y):
                W = np.array([[params["w1"], params["w2"]], [params["w3"], params["w4"]]])
                v = np.array([params["w5"], params["w6"]])
                h = sigmoid(W @ x + np.array([params["b1"], params["b2"]]))
                y_hat = sigmoid(v @ h + params["b3"])
                delta_out = (y_hat - y) * y_hat * (1 - y_hat)
                delta_hidden = delta_out * v * h * (1 - h)
                dW = np.outer(delta_hidden, x)
                table = {"w1": dW[0, 0], "w2": dW[0, 1], "w3": dW[1, 0], "w4": dW[1, 1],
                         "w5": delta_out * h[0], "w6": delta_out * h[1], "b1": delta_hidden[0],
                         "b2": delta_hidden[1], "b3": delta_out}
                return {name: np.asarray(table[name]) for name in params}
        """,
        "sigma' as exp(-a) / (1 + exp(-a))^2, a loop over the hidden neurons": """
            def backward(params, x, y):
                # the checks use autograd's grad and make_vjp; this answer does not (comments do not count)
                def slope(a):
                    return np.exp(-a) / (1 + np.exp(-a)) ** 2
                a = {j: params[f"w{2 * j - 1}"] * x[0] + params[f"w{2 * j}"] * x[1] + params[f"b{j}"]
                     for j in (1, 2)}
                h = {j: sigmoid(a[j]) for j in (1, 2)}
                a3 = params["w5"] * h[1] + params["w6"] * h[2] + params["b3"]
                delta3 = (sigmoid(a3) - y) * slope(a3)
                gradients = {"b3": float(delta3)}
                for j, w_out in ((1, "w5"), (2, "w6")):
                    gradients[w_out] = float(delta3 * h[j])
                    delta = delta3 * params[w_out] * slope(a[j])
                    gradients[f"w{2 * j - 1}"] = float(delta * x[0])
                    gradients[f"w{2 * j}"] = float(delta * x[1])
                    gradients[f"b{j}"] = float(delta)
                return gradients
        """,
        "calls forward-style helpers and builds the dict with a comprehension": """
            def backward(params, x, y):
                p = dict(params)
                hidden_in = {"1": ("w1", "w2", "b1"), "2": ("w3", "w4", "b2")}
                pre = {k: p[wa] * x[0] + p[wb] * x[1] + p[b] for k, (wa, wb, b) in hidden_in.items()}
                post = {k: sigmoid(v) for k, v in pre.items()}
                y_hat = sigmoid(p["w5"] * post["1"] + p["w6"] * post["2"] + p["b3"])
                d3 = (y_hat - y) * y_hat * (1 - y_hat)
                d = {"1": d3 * p["w5"] * post["1"] * (1 - post["1"]), "2": d3 * p["w6"] * post["2"] * (1 - post["2"])}
                grads = {"w5": d3 * post["1"], "w6": d3 * post["2"], "b3": d3}
                for k, (wa, wb, b) in hidden_in.items():
                    grads.update({wa: d[k] * x[0], wb: d[k] * x[1], b: d[k]})
                return {name: float(grads[name]) for name in sorted(grads)}
        """,
    },
    "numerical_gradient": {
        "loop over sorted keys, {**params, key: ...}": """
            def numerical_gradient(loss_fn, params, eps=1e-6):
                result = {}
                for key in sorted(params):
                    up = {**params, key: params[key] + eps}
                    down = {**params, key: params[key] - eps}
                    result[key] = (loss_fn(up) - loss_fn(down)) / (2 * eps)
                return result
        """,
        "dict comprehension with a helper and deepcopy, numpy floats": """
            def numerical_gradient(loss_fn, params, eps=1e-6):
                import copy
                def shifted(key, step):
                    new = copy.deepcopy(params)
                    new[key] = new[key] + step
                    return new
                return {key: np.float64(loss_fn(shifted(key, eps)) - loss_fn(shifted(key, -eps))) / (2 * eps)
                        for key in params}
        """,
        "values in an array, unit vectors, dict(zip(...))": """
            def numerical_gradient(loss_fn, params, eps=1e-6):
                keys = list(params)
                values = np.array([params[key] for key in keys], dtype=float)
                slopes = []
                for e in np.eye(len(keys)):
                    up = dict(zip(keys, values + eps * e))
                    down = dict(zip(keys, values - eps * e))
                    slopes.append((loss_fn(up) - loss_fn(down)) / (2 * eps))
                return dict(zip(keys, slopes))
        """,
        "returns 0-d arrays, params.copy()": """
            def numerical_gradient(loss_fn, params, eps=1e-6):
                # no np.errstate or warnings.filterwarnings here: nothing to silence
                gradient = {}
                for key in params:
                    plus, minus = params.copy(), params.copy()
                    plus[key] += eps
                    minus[key] -= eps
                    gradient[key] = np.asarray(loss_fn(plus) - loss_fn(minus), dtype=float) / (2 * eps)
                return gradient
        """,
    },
    "batch_gradients": {
        "einsum for every sum over the examples": """
            def batch_gradients(params, X, Y):
                W = np.array([[params["w1"], params["w2"]], [params["w3"], params["w4"]]])
                w_out = np.array([params["w5"], params["w6"]])
                H = sigmoid(X @ W.T + np.array([params["b1"], params["b2"]]))
                y_hat = sigmoid(H @ w_out + params["b3"])
                d = (y_hat - Y) * y_hat * (1 - y_hat) / len(X)
                D = np.einsum("n,j,nj->nj", d, w_out, H * (1 - H))
                G, g = np.einsum("nj,nk->jk", D, X), np.einsum("nj,n->j", H, d)
                return {"w1": float(G[0, 0]), "w2": float(G[0, 1]), "w3": float(G[1, 0]), "w4": float(G[1, 1]),
                        "b1": float(D[:, 0].sum()), "b2": float(D[:, 1].sum()),
                        "w5": float(g[0]), "w6": float(g[1]), "b3": float(d.sum())}
        """,
        "a loop over the examples, written out without backward": """
            def batch_gradients(params, X, Y):
                totals = {name: 0.0 for name in params}
                for (x1, x2), y in zip(X, Y):
                    h1 = sigmoid(params["w1"] * x1 + params["w2"] * x2 + params["b1"])
                    h2 = sigmoid(params["w3"] * x1 + params["w4"] * x2 + params["b2"])
                    out = sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"])
                    d3 = (out - y) * out * (1 - out) / len(X)
                    d1, d2 = d3 * params["w5"] * h1 * (1 - h1), d3 * params["w6"] * h2 * (1 - h2)
                    for name, value in {"w1": d1 * x1, "w2": d1 * x2, "b1": d1, "w3": d2 * x1, "w4": d2 * x2,
                                        "b2": d2, "w5": d3 * h1, "w6": d3 * h2, "b3": d3}.items():
                        totals[name] += float(value)
                return totals
        """,
        "the mean taken at the end instead of in the delta": """
            def batch_gradients(params, X, Y):
                W = np.array([[params["w1"], params["w2"]], [params["w3"], params["w4"]]])
                w_out = np.array([params["w5"], params["w6"]])
                H = sigmoid(X @ W.T + np.array([params["b1"], params["b2"]]))
                y_hat = sigmoid(H @ w_out + params["b3"])
                d = (y_hat - Y) * y_hat * (1 - y_hat)
                D = np.outer(d, w_out) * H * (1 - H)
                n = len(X)
                G, g, D, d = D.T @ X / n, H.T @ d / n, D / n, d / n
                return {"w1": float(G[0, 0]), "w2": float(G[0, 1]), "w3": float(G[1, 0]), "w4": float(G[1, 1]),
                        "b1": float(D[:, 0].sum()), "b2": float(D[:, 1].sum()),
                        "w5": float(g[0]), "w6": float(g[1]), "b3": float(d.sum())}
        """,
    },
}
