"""Plausible wrong answers to the exercises of 03-backprop; the check cells must catch each one."""

WRONG_ANSWERS = {
    "forward": {
        "returns an array of shape (1,) instead of a float": """
            def forward(params, x):
                h1 = sigmoid(params["w1"] * x[0] + params["w2"] * x[1] + params["b1"])
                h2 = sigmoid(params["w3"] * x[0] + params["w4"] * x[1] + params["b2"])
                return np.array([sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"])])
        """,
        "forgets the output sigmoid": """
            def forward(params, x):
                h1 = sigmoid(params["w1"] * x[0] + params["w2"] * x[1] + params["b1"])
                h2 = sigmoid(params["w3"] * x[0] + params["w4"] * x[1] + params["b2"])
                return float(params["w5"] * h1 + params["w6"] * h2 + params["b3"])
        """,
        "w2 and w3 swapped (weights read by column)": """
            def forward(params, x):
                h1 = sigmoid(params["w1"] * x[0] + params["w3"] * x[1] + params["b1"])
                h2 = sigmoid(params["w2"] * x[0] + params["w4"] * x[1] + params["b2"])
                return float(sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"]))
        """,
        "output neuron fed the pre-activations a1, a2": """
            def forward(params, x):
                a1 = params["w1"] * x[0] + params["w2"] * x[1] + params["b1"]
                a2 = params["w3"] * x[0] + params["w4"] * x[1] + params["b2"]
                return float(sigmoid(params["w5"] * a1 + params["w6"] * a2 + params["b3"]))
        """,
        "unpacks params.values() in the order of the chapter's dict": """
            def forward(params, x):
                w1, w2, w3, w4, w5, w6, b1, b2, b3 = params.values()
                h1 = sigmoid(w1 * x[0] + w2 * x[1] + b1)
                h2 = sigmoid(w3 * x[0] + w4 * x[1] + b2)
                return float(sigmoid(w5 * h1 + w6 * h2 + b3))
        """,
        "returns (y_hat, cache) to reuse in backward": """
            def forward(params, x):
                h1 = sigmoid(params["w1"] * x[0] + params["w2"] * x[1] + params["b1"])
                h2 = sigmoid(params["w3"] * x[0] + params["w4"] * x[1] + params["b2"])
                y_hat = float(sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"]))
                return y_hat, (h1, h2)
        """,
        "rounds to 4 decimals, like the chapter's 0.6708": """
            def forward(params, x):
                h1 = sigmoid(params["w1"] * x[0] + params["w2"] * x[1] + params["b1"])
                h2 = sigmoid(params["w3"] * x[0] + params["w4"] * x[1] + params["b2"])
                return round(float(sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"])), 4)
        """,
        "uses the chapter's example_x instead of its argument": """
            def forward(params, x):
                x1, x2 = example_x
                h1 = sigmoid(params["w1"] * x1 + params["w2"] * x2 + params["b1"])
                h2 = sigmoid(params["w3"] * x1 + params["w4"] * x2 + params["b2"])
                return float(sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"]))
        """,
        "keeps x as slices: returns an array of shape (1,)": """
            def forward(params, x):
                x1, x2 = x[:1], x[1:]
                h1 = sigmoid(params["w1"] * x1 + params["w2"] * x2 + params["b1"])
                h2 = sigmoid(params["w3"] * x1 + params["w4"] * x2 + params["b2"])
                return sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"])
        """,
        "hidden layer squashed with tanh": """
            def forward(params, x):
                h1 = np.tanh(params["w1"] * x[0] + params["w2"] * x[1] + params["b1"])
                h2 = np.tanh(params["w3"] * x[0] + params["w4"] * x[1] + params["b2"])
                return float(sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"]))
        """,
    },
    "backward": {
        "drops the 1/2: every gradient twice too large": """
            def backward(params, x, y):
                h1 = sigmoid(params["w1"] * x[0] + params["w2"] * x[1] + params["b1"])
                h2 = sigmoid(params["w3"] * x[0] + params["w4"] * x[1] + params["b2"])
                y_hat = sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"])
                d3 = 2 * (y_hat - y) * y_hat * (1 - y_hat)
                d1 = d3 * params["w5"] * h1 * (1 - h1)
                d2 = d3 * params["w6"] * h2 * (1 - h2)
                return {"w1": d1 * x[0], "w2": d1 * x[1], "b1": d1, "w3": d2 * x[0], "w4": d2 * x[1],
                        "b2": d2, "w5": d3 * h1, "w6": d3 * h2, "b3": d3}
        """,
        "missing sigma' at the output": """
            def backward(params, x, y):
                h1 = sigmoid(params["w1"] * x[0] + params["w2"] * x[1] + params["b1"])
                h2 = sigmoid(params["w3"] * x[0] + params["w4"] * x[1] + params["b2"])
                y_hat = sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"])
                d3 = y_hat - y
                d1 = d3 * params["w5"] * h1 * (1 - h1)
                d2 = d3 * params["w6"] * h2 * (1 - h2)
                return {"w1": d1 * x[0], "w2": d1 * x[1], "b1": d1, "w3": d2 * x[0], "w4": d2 * x[1],
                        "b2": d2, "w5": d3 * h1, "w6": d3 * h2, "b3": d3}
        """,
        "missing sigma' in the hidden layer": """
            def backward(params, x, y):
                h1 = sigmoid(params["w1"] * x[0] + params["w2"] * x[1] + params["b1"])
                h2 = sigmoid(params["w3"] * x[0] + params["w4"] * x[1] + params["b2"])
                y_hat = sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"])
                d3 = (y_hat - y) * y_hat * (1 - y_hat)
                d1 = d3 * params["w5"]
                d2 = d3 * params["w6"]
                return {"w1": d1 * x[0], "w2": d1 * x[1], "b1": d1, "w3": d2 * x[0], "w4": d2 * x[1],
                        "b2": d2, "w5": d3 * h1, "w6": d3 * h2, "b3": d3}
        """,
        "dL/dw5 and dL/dw6 swapped": """
            def backward(params, x, y):
                h1 = sigmoid(params["w1"] * x[0] + params["w2"] * x[1] + params["b1"])
                h2 = sigmoid(params["w3"] * x[0] + params["w4"] * x[1] + params["b2"])
                y_hat = sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"])
                d3 = (y_hat - y) * y_hat * (1 - y_hat)
                d1 = d3 * params["w5"] * h1 * (1 - h1)
                d2 = d3 * params["w6"] * h2 * (1 - h2)
                return {"w1": d1 * x[0], "w2": d1 * x[1], "b1": d1, "w3": d2 * x[0], "w4": d2 * x[1],
                        "b2": d2, "w5": d3 * h2, "w6": d3 * h1, "b3": d3}
        """,
        "w5 and w6 swapped when the blame goes back": """
            def backward(params, x, y):
                h1 = sigmoid(params["w1"] * x[0] + params["w2"] * x[1] + params["b1"])
                h2 = sigmoid(params["w3"] * x[0] + params["w4"] * x[1] + params["b2"])
                y_hat = sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"])
                d3 = (y_hat - y) * y_hat * (1 - y_hat)
                d1 = d3 * params["w6"] * h1 * (1 - h1)
                d2 = d3 * params["w5"] * h2 * (1 - h2)
                return {"w1": d1 * x[0], "w2": d1 * x[1], "b1": d1, "w3": d2 * x[0], "w4": d2 * x[1],
                        "b2": d2, "w5": d3 * h1, "w6": d3 * h2, "b3": d3}
        """,
        "sigma' evaluated at the hidden output instead of its input": """
            def backward(params, x, y):
                h1 = sigmoid(params["w1"] * x[0] + params["w2"] * x[1] + params["b1"])
                h2 = sigmoid(params["w3"] * x[0] + params["w4"] * x[1] + params["b2"])
                y_hat = sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"])
                d3 = (y_hat - y) * y_hat * (1 - y_hat)
                d1 = d3 * params["w5"] * sigmoid(h1) * (1 - sigmoid(h1))
                d2 = d3 * params["w6"] * sigmoid(h2) * (1 - sigmoid(h2))
                return {"w1": d1 * x[0], "w2": d1 * x[1], "b1": d1, "w3": d2 * x[0], "w4": d2 * x[1],
                        "b2": d2, "w5": d3 * h1, "w6": d3 * h2, "b3": d3}
        """,
        "writes the gradients into params and returns it": """
            def backward(params, x, y):
                h1 = sigmoid(params["w1"] * x[0] + params["w2"] * x[1] + params["b1"])
                h2 = sigmoid(params["w3"] * x[0] + params["w4"] * x[1] + params["b2"])
                y_hat = sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"])
                d3 = (y_hat - y) * y_hat * (1 - y_hat)
                d1 = d3 * params["w5"] * h1 * (1 - h1)
                d2 = d3 * params["w6"] * h2 * (1 - h2)
                params.update({"w1": d1 * x[0], "w2": d1 * x[1], "b1": d1, "w3": d2 * x[0], "w4": d2 * x[1],
                               "b2": d2, "w5": d3 * h1, "w6": d3 * h2, "b3": d3})
                return params
        """,
        "returns a list instead of a dict": """
            def backward(params, x, y):
                h1 = sigmoid(params["w1"] * x[0] + params["w2"] * x[1] + params["b1"])
                h2 = sigmoid(params["w3"] * x[0] + params["w4"] * x[1] + params["b2"])
                y_hat = sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"])
                d3 = (y_hat - y) * y_hat * (1 - y_hat)
                d1 = d3 * params["w5"] * h1 * (1 - h1)
                d2 = d3 * params["w6"] * h2 * (1 - h2)
                return [d1 * x[0], d1 * x[1], d2 * x[0], d2 * x[1], d3 * h1, d3 * h2, d1, d2, d3]
        """,
        "uses autograd instead of the chain rule": """
            def backward(params, x, y):
                def loss(p):
                    h1 = 1 / (1 + anp.exp(-(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])))
                    h2 = 1 / (1 + anp.exp(-(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])))
                    return 0.5 * (1 / (1 + anp.exp(-(p["w5"] * h1 + p["w6"] * h2 + p["b3"]))) - y) ** 2
                return {name: float(value) for name, value in autograd_grad(loss)(params).items()}
        """,
        "labels the gradients by the position of the keys in params": """
            def backward(params, x, y):
                h1 = sigmoid(params["w1"] * x[0] + params["w2"] * x[1] + params["b1"])
                h2 = sigmoid(params["w3"] * x[0] + params["w4"] * x[1] + params["b2"])
                y_hat = sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"])
                d3 = (y_hat - y) * y_hat * (1 - y_hat)
                d1 = d3 * params["w5"] * h1 * (1 - h1)
                d2 = d3 * params["w6"] * h2 * (1 - h2)
                values = [d1 * x[0], d1 * x[1], d2 * x[0], d2 * x[1], d3 * h1, d3 * h2, d1, d2, d3]
                return {name: float(value) for name, value in zip(params, values)}
        """,
        "uses the chapter's example_y instead of its argument": """
            def backward(params, x, y):
                h1 = sigmoid(params["w1"] * x[0] + params["w2"] * x[1] + params["b1"])
                h2 = sigmoid(params["w3"] * x[0] + params["w4"] * x[1] + params["b2"])
                y_hat = sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"])
                d3 = (y_hat - example_y) * y_hat * (1 - y_hat)
                d1 = d3 * params["w5"] * h1 * (1 - h1)
                d2 = d3 * params["w6"] * h2 * (1 - h2)
                return {"w1": float(d1 * x[0]), "w2": float(d1 * x[1]), "b1": float(d1), "w3": float(d2 * x[0]),
                        "w4": float(d2 * x[1]), "b2": float(d2), "w5": float(d3 * h1), "w6": float(d3 * h2),
                        "b3": float(d3)}
        """,
        "targets clipped to [0, 1], as if y were a probability": """
            def backward(params, x, y):
                y = min(max(y, 0.0), 1.0)
                h1 = sigmoid(params["w1"] * x[0] + params["w2"] * x[1] + params["b1"])
                h2 = sigmoid(params["w3"] * x[0] + params["w4"] * x[1] + params["b2"])
                y_hat = sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"])
                d3 = (y_hat - y) * y_hat * (1 - y_hat)
                d1 = d3 * params["w5"] * h1 * (1 - h1)
                d2 = d3 * params["w6"] * h2 * (1 - h2)
                return {"w1": float(d1 * x[0]), "w2": float(d1 * x[1]), "b1": float(d1), "w3": float(d2 * x[0]),
                        "w4": float(d2 * x[1]), "b2": float(d2), "w5": float(d3 * h1), "w6": float(d3 * h2),
                        "b3": float(d3)}
        """,
        "gradients of w1..w4 as arrays of shape (1,), from slices of x": """
            def backward(params, x, y):
                x1, x2 = x[:1], x[1:]
                h1 = sigmoid(params["w1"] * x[0] + params["w2"] * x[1] + params["b1"])
                h2 = sigmoid(params["w3"] * x[0] + params["w4"] * x[1] + params["b2"])
                y_hat = sigmoid(params["w5"] * h1 + params["w6"] * h2 + params["b3"])
                d3 = (y_hat - y) * y_hat * (1 - y_hat)
                d1 = d3 * params["w5"] * h1 * (1 - h1)
                d2 = d3 * params["w6"] * h2 * (1 - h2)
                return {"w1": d1 * x1, "w2": d1 * x2, "b1": float(d1), "w3": d2 * x1, "w4": d2 * x2,
                        "b2": float(d2), "w5": float(d3 * h1), "w6": float(d3 * h2), "b3": float(d3)}
        """,
        "central differences of the loss instead of the chain rule": """
            def backward(params, x, y):
                def loss(p):
                    h1 = sigmoid(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])
                    h2 = sigmoid(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])
                    return 0.5 * (sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"]) - y) ** 2
                gradients = {}
                for name in params:
                    up, down = dict(params), dict(params)
                    up[name] += 1e-6
                    down[name] -= 1e-6
                    gradients[name] = float((loss(up) - loss(down)) / 2e-6)
                return gradients
        """,
        "autograd's grad imported under another name inside the function": """
            def backward(params, x, y):
                from autograd import grad as g
                def loss(p):
                    h1 = 1 / (1 + anp.exp(-(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])))
                    h2 = 1 / (1 + anp.exp(-(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])))
                    return 0.5 * (1 / (1 + anp.exp(-(p["w5"] * h1 + p["w6"] * h2 + p["b3"]))) - y) ** 2
                return {name: float(value) for name, value in g(loss)(params).items()}
        """,
        "autograd reached through the package: ag.value_and_grad": """
            def backward(params, x, y):
                import autograd as ag
                def loss(p):
                    h1 = 1 / (1 + anp.exp(-(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])))
                    h2 = 1 / (1 + anp.exp(-(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])))
                    return 0.5 * (1 / (1 + anp.exp(-(p["w5"] * h1 + p["w6"] * h2 + p["b3"]))) - y) ** 2
                _, gradients = ag.value_and_grad(loss)(params)
                return {name: float(value) for name, value in gradients.items()}
        """,
        "autograd.elementwise_grad": """
            def backward(params, x, y):
                import autograd
                def loss(p):
                    h1 = 1 / (1 + anp.exp(-(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])))
                    h2 = 1 / (1 + anp.exp(-(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])))
                    return 0.5 * (1 / (1 + anp.exp(-(p["w5"] * h1 + p["w6"] * h2 + p["b3"]))) - y) ** 2
                return {name: float(value) for name, value in autograd.elementwise_grad(loss)(params).items()}
        """,
        "ag.differential_operators.jacobian, one parameter at a time": """
            def backward(params, x, y):
                import autograd as ag
                def loss(p):
                    h1 = 1 / (1 + anp.exp(-(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])))
                    h2 = 1 / (1 + anp.exp(-(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])))
                    return 0.5 * (1 / (1 + anp.exp(-(p["w5"] * h1 + p["w6"] * h2 + p["b3"]))) - y) ** 2
                def along(name):
                    return lambda v: loss({**params, name: v})
                return {name: float(ag.differential_operators.jacobian(along(name))(params[name]))
                        for name in params}
        """,
        "forward-mode autograd (make_jvp), one parameter at a time": """
            def backward(params, x, y):
                from autograd import make_jvp as forward_mode
                def loss(p):
                    h1 = 1 / (1 + anp.exp(-(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])))
                    h2 = 1 / (1 + anp.exp(-(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])))
                    return 0.5 * (1 / (1 + anp.exp(-(p["w5"] * h1 + p["w6"] * h2 + p["b3"]))) - y) ** 2
                return {name: float(forward_mode(lambda v: loss({**params, name: v}))(params[name])(1.0)[1])
                        for name in params}
        """,
    },
    "numerical_gradient": {
        "one copy for all keys, shifts never undone": """
            def numerical_gradient(loss_fn, params, eps=1e-6):
                shifted, gradient = dict(params), {}
                for name in params:
                    shifted[name] = params[name] + eps
                    up = loss_fn(shifted)
                    shifted[name] = params[name] - eps
                    down = loss_fn(shifted)
                    gradient[name] = (up - down) / (2 * eps)
                return gradient
        """,
        "forward differences": """
            def numerical_gradient(loss_fn, params, eps=1e-6):
                base, gradient = loss_fn(params), {}
                for name in params:
                    shifted = dict(params)
                    shifted[name] += eps
                    gradient[name] = (loss_fn(shifted) - base) / eps
                return gradient
        """,
        "divides by eps instead of 2 eps": """
            def numerical_gradient(loss_fn, params, eps=1e-6):
                gradient = {}
                for name in params:
                    up, down = dict(params), dict(params)
                    up[name] += eps
                    down[name] -= eps
                    gradient[name] = (loss_fn(up) - loss_fn(down)) / eps
                return gradient
        """,
        "ignores the eps it is given": """
            def numerical_gradient(loss_fn, params, eps=1e-6):
                gradient = {}
                for name in params:
                    up, down = dict(params), dict(params)
                    up[name] += 1e-6
                    down[name] -= 1e-6
                    gradient[name] = (loss_fn(up) - loss_fn(down)) / 2e-6
                return gradient
        """,
        "shifts every parameter at once": """
            def numerical_gradient(loss_fn, params, eps=1e-6):
                up = {name: value + eps for name, value in params.items()}
                down = {name: value - eps for name, value in params.items()}
                slope = (loss_fn(up) - loss_fn(down)) / (2 * eps)
                return {name: slope for name in params}
        """,
        "modifies params in place and does not undo it": """
            def numerical_gradient(loss_fn, params, eps=1e-6):
                gradient = {}
                for name in params:
                    params[name] += eps
                    up = loss_fn(params)
                    params[name] -= 2 * eps
                    down = loss_fn(params)
                    gradient[name] = (up - down) / (2 * eps)
                return gradient
        """,
        "modifies params in place, then restores it": """
            def numerical_gradient(loss_fn, params, eps=1e-6):
                gradient = {}
                for name in params:
                    value = params[name]
                    params[name] = value + eps
                    up = loss_fn(params)
                    params[name] = value - eps
                    down = loss_fn(params)
                    params[name] = value
                    gradient[name] = (up - down) / (2 * eps)
                return gradient
        """,
        "loops over the chapter's example_params instead of params": """
            def numerical_gradient(loss_fn, params, eps=1e-6):
                gradient = {}
                for name in example_params:
                    up, down = dict(params), dict(params)
                    up[name] = params[name] + eps
                    down[name] = params[name] - eps
                    gradient[name] = float((loss_fn(up) - loss_fn(down)) / (2 * eps))
                return gradient
        """,
        "loops over a fixed list of the nine names": """
            def numerical_gradient(loss_fn, params, eps=1e-6):
                gradient = {}
                for name in ["w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3"]:
                    up, down = dict(params), dict(params)
                    up[name] = params[name] + eps
                    down[name] = params[name] - eps
                    gradient[name] = float((loss_fn(up) - loss_fn(down)) / (2 * eps))
                return gradient
        """,
        "a step relative to the size of each parameter": """
            def numerical_gradient(loss_fn, params, eps=1e-6):
                gradient = {}
                for name, value in params.items():
                    step = eps * abs(value)
                    up, down = dict(params), dict(params)
                    up[name], down[name] = value + step, value - step
                    gradient[name] = float((loss_fn(up) - loss_fn(down)) / (2 * step))
                return gradient
        """,
        "the chapter's eps = 1e-5 hard-coded": """
            def numerical_gradient(loss_fn, params, eps=1e-6):
                gradient = {}
                for name, value in params.items():
                    up, down = dict(params), dict(params)
                    up[name], down[name] = value + 1e-5, value - 1e-5
                    gradient[name] = float((loss_fn(up) - loss_fn(down)) / 2e-5)
                return gradient
        """,
        "sorts the keys but zips them with the values in their original order": """
            def numerical_gradient(loss_fn, params, eps=1e-6):
                keys, values = sorted(params), np.array(list(params.values()))
                gradient = {}
                for i, key in enumerate(keys):
                    step = np.zeros(len(values))
                    step[i] = eps
                    up, down = dict(zip(keys, values + step)), dict(zip(keys, values - step))
                    gradient[key] = float((loss_fn(up) - loss_fn(down)) / (2 * eps))
                return gradient
        """,
        "returns the slopes as an array, in key order": """
            def numerical_gradient(loss_fn, params, eps=1e-6):
                slopes = []
                for name, value in params.items():
                    up, down = dict(params), dict(params)
                    up[name], down[name] = value + eps, value - eps
                    slopes.append((loss_fn(up) - loss_fn(down)) / (2 * eps))
                return np.array(slopes)
        """,
    },
    "batch_gradients": {
        "the sum over the batch instead of the mean": """
            def batch_gradients(params, X, Y):
                W = np.array([[params["w1"], params["w2"]], [params["w3"], params["w4"]]])
                w_out = np.array([params["w5"], params["w6"]])
                H = sigmoid(X @ W.T + np.array([params["b1"], params["b2"]]))
                y_hat = sigmoid(H @ w_out + params["b3"])
                d = (y_hat - Y) * y_hat * (1 - y_hat)
                D = np.outer(d, w_out) * H * (1 - H)
                G, g = D.T @ X, H.T @ d
                return {"w1": float(G[0, 0]), "w2": float(G[0, 1]), "w3": float(G[1, 0]), "w4": float(G[1, 1]),
                        "b1": float(D[:, 0].sum()), "b2": float(D[:, 1].sum()),
                        "w5": float(g[0]), "w6": float(g[1]), "b3": float(d.sum())}
        """,
        "the hidden sigmoid's slope forgotten": """
            def batch_gradients(params, X, Y):
                W = np.array([[params["w1"], params["w2"]], [params["w3"], params["w4"]]])
                w_out = np.array([params["w5"], params["w6"]])
                H = sigmoid(X @ W.T + np.array([params["b1"], params["b2"]]))
                y_hat = sigmoid(H @ w_out + params["b3"])
                d = (y_hat - Y) * y_hat * (1 - y_hat) / len(X)
                D = np.outer(d, w_out)
                G, g = D.T @ X, H.T @ d
                return {"w1": float(G[0, 0]), "w2": float(G[0, 1]), "w3": float(G[1, 0]), "w4": float(G[1, 1]),
                        "b1": float(D[:, 0].sum()), "b2": float(D[:, 1].sum()),
                        "w5": float(g[0]), "w6": float(g[1]), "b3": float(d.sum())}
        """,
        "the weight gradient transposed (w2 and w3 swapped)": """
            def batch_gradients(params, X, Y):
                W = np.array([[params["w1"], params["w2"]], [params["w3"], params["w4"]]])
                w_out = np.array([params["w5"], params["w6"]])
                H = sigmoid(X @ W.T + np.array([params["b1"], params["b2"]]))
                y_hat = sigmoid(H @ w_out + params["b3"])
                d = (y_hat - Y) * y_hat * (1 - y_hat) / len(X)
                D = np.outer(d, w_out) * H * (1 - H)
                G, g = X.T @ D, H.T @ d
                return {"w1": float(G[0, 0]), "w2": float(G[0, 1]), "w3": float(G[1, 0]), "w4": float(G[1, 1]),
                        "b1": float(D[:, 0].sum()), "b2": float(D[:, 1].sum()),
                        "w5": float(g[0]), "w6": float(g[1]), "b3": float(d.sum())}
        """,
        "the output delta without the output sigmoid's slope": """
            def batch_gradients(params, X, Y):
                W = np.array([[params["w1"], params["w2"]], [params["w3"], params["w4"]]])
                w_out = np.array([params["w5"], params["w6"]])
                H = sigmoid(X @ W.T + np.array([params["b1"], params["b2"]]))
                y_hat = sigmoid(H @ w_out + params["b3"])
                d = (y_hat - Y) / len(X)
                D = np.outer(d, w_out) * H * (1 - H)
                G, g = D.T @ X, H.T @ d
                return {"w1": float(G[0, 0]), "w2": float(G[0, 1]), "w3": float(G[1, 0]), "w4": float(G[1, 1]),
                        "b1": float(D[:, 0].sum()), "b2": float(D[:, 1].sum()),
                        "w5": float(g[0]), "w6": float(g[1]), "b3": float(d.sum())}
        """,
        "a loop that calls backward for every example": """
            def batch_gradients(params, X, Y):
                totals = {name: 0.0 for name in params}
                for x_n, y_n in zip(X, Y):
                    for name, value in backward(params, x_n, y_n).items():
                        totals[name] += value / len(X)
                return totals
        """,
        "autograd's elementwise_grad on the batch loss": """
            def batch_gradients(params, X, Y):
                from autograd import elementwise_grad
                import autograd.numpy as anp
                def batch_loss(p):
                    a1 = p["w1"] * X[:, 0] + p["w2"] * X[:, 1] + p["b1"]
                    a2 = p["w3"] * X[:, 0] + p["w4"] * X[:, 1] + p["b2"]
                    h1, h2 = 1 / (1 + anp.exp(-a1)), 1 / (1 + anp.exp(-a2))
                    out = 1 / (1 + anp.exp(-(p["w5"] * h1 + p["w6"] * h2 + p["b3"])))
                    return anp.mean(0.5 * (out - Y) ** 2)
                return {k: float(v) for k, v in elementwise_grad(batch_loss)(params).items()}
        """,
        "central differences of the batch loss, h = 1e-5": """
            def batch_gradients(params, X, Y):
                def batch_loss(p):
                    return np.mean([0.5 * (forward(p, x) - y) ** 2 for x, y in zip(X, Y)])
                out = {}
                for k in params:
                    up, down = dict(params), dict(params)
                    up[k] += 1e-5
                    down[k] -= 1e-5
                    out[k] = float((batch_loss(up) - batch_loss(down)) / 2e-5)
                return out
        """,
        "writes the gradients into params and returns it": """
            def batch_gradients(params, X, Y):
                W = np.array([[params["w1"], params["w2"]], [params["w3"], params["w4"]]])
                w_out = np.array([params["w5"], params["w6"]])
                H = sigmoid(X @ W.T + np.array([params["b1"], params["b2"]]))
                y_hat = sigmoid(H @ w_out + params["b3"])
                d = (y_hat - Y) * y_hat * (1 - y_hat) / len(X)
                D = np.outer(d, w_out) * H * (1 - H)
                G, g = D.T @ X, H.T @ d
                params.update({"w1": float(G[0, 0]), "w2": float(G[0, 1]), "w3": float(G[1, 0]),
                               "w4": float(G[1, 1]), "b1": float(D[:, 0].sum()), "b2": float(D[:, 1].sum()),
                               "w5": float(g[0]), "w6": float(g[1]), "b3": float(d.sum())})
                return params
        """,
        "the hidden bias gradients summed along the wrong axis": """
            def batch_gradients(params, X, Y):
                W = np.array([[params["w1"], params["w2"]], [params["w3"], params["w4"]]])
                w_out = np.array([params["w5"], params["w6"]])
                H = sigmoid(X @ W.T + np.array([params["b1"], params["b2"]]))
                y_hat = sigmoid(H @ w_out + params["b3"])
                d = (y_hat - Y) * y_hat * (1 - y_hat) / len(X)
                D = np.outer(d, w_out) * H * (1 - H)
                G, g, rows = D.T @ X, H.T @ d, D.sum(axis=1)
                return {"w1": float(G[0, 0]), "w2": float(G[0, 1]), "w3": float(G[1, 0]), "w4": float(G[1, 1]),
                        "b1": float(rows[0]), "b2": float(rows[-1]),
                        "w5": float(g[0]), "w6": float(g[1]), "b3": float(d.sum())}
        """,
        "the factor 1/N applied twice": """
            def batch_gradients(params, X, Y):
                W = np.array([[params["w1"], params["w2"]], [params["w3"], params["w4"]]])
                w_out = np.array([params["w5"], params["w6"]])
                H = sigmoid(X @ W.T + np.array([params["b1"], params["b2"]]))
                y_hat = sigmoid(H @ w_out + params["b3"])
                d = (y_hat - Y) * y_hat * (1 - y_hat) / len(X)
                D = np.outer(d, w_out) * H * (1 - H)
                G, g = D.T @ X / len(X), H.T @ d / len(X)
                return {"w1": float(G[0, 0]), "w2": float(G[0, 1]), "w3": float(G[1, 0]), "w4": float(G[1, 1]),
                        "b1": float(D[:, 0].sum()) / len(X), "b2": float(D[:, 1].sum()) / len(X),
                        "w5": float(g[0]), "w6": float(g[1]), "b3": float(d.sum()) / len(X)}
        """,
    },
}
