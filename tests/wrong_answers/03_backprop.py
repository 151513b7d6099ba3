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
        "returns a 0-d array instead of a float": """
            def forward(params, x):
                W = np.array([[params["w1"], params["w2"]], [params["w3"], params["w4"]]])
                h = sigmoid(W @ x + np.array([params["b1"], params["b2"]]))
                return np.asarray(sigmoid(np.array([params["w5"], params["w6"]]) @ h + params["b3"]))
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
    },
}
